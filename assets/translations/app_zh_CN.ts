<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../app/scenes/art_chart.py" line="57"/>
        <source>{count:g} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/art_chart.py" line="59"/>
        <source>{count:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/art_chart.py" line="61"/>
        <source>{count:g} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/art_chart.py" line="62"/>
        <source>{count:g} w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/art_chart.py" line="68"/>
        <source>no drug sets the cascade off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/art_chart.py" line="70"/>
        <source>a healthy cortex has no stress-lost synapses to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/art_chart.py" line="73"/>
        <source>{names} cuts the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/art_chart.py" line="74"/>
        <source>the dose is too small to start the rebuilding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="50"/>
        <location filename="../../app/scenes/overview.py" line="55"/>
        <source>AMPA receptors activated</source>
        <extracomment>The mTOR hub itself (tests check that it stays dark under rapamycin). Extracellular space where released BDNF floats. Where new building blocks settle: a sunflower heap under the spine, filled from its middle. (card title, role, observable reading) per stage, left to right.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="52"/>
        <location filename="../../app/scenes/bdnf_mtor.py" line="111"/>
        <location filename="../../app/scenes/overview.py" line="57"/>
        <source>eEF2 brake released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="54"/>
        <source>BDNF translated and released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="56"/>
        <location filename="../../app/scenes/overview.py" line="62"/>
        <source>TrkB activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="58"/>
        <source>mTOR, the cell&apos;s foreman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="60"/>
        <source>Synapse building blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="100"/>
        <source>A brake released: BDNF, TrkB, mTOR</source>
        <extracomment>Which stage each blocker sits on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="101"/>
        <source>Local protein synthesis switches on inside the dendrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="109"/>
        <source>AMPA receptors most active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="112"/>
        <source>BDNF activates TrkB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="113"/>
        <location filename="../../app/scenes/overview.py" line="117"/>
        <source>mTOR at its peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="114"/>
        <source>Building blocks made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="118"/>
        <source>The chain stays at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="126"/>
        <source>NBQX blocks the AMPA receptors, so the eEF2 brake stays on (p-eEF2 {p:.0%} of rest) and nothing downstream moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="129"/>
        <source>AMPA activation (×{ampa:.2f}) has taken phosphate brakes off eEF2 (p-eEF2 {p:.0%} of rest): ribosomes translate BDNF mRNA already in the dendrite, and BDNF is ×{bdnf:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="133"/>
        <source>The eEF2 brake is on (p-eEF2 {p:.0%} of rest): BDNF mRNA waits in the dendrite and BDNF is ×{bdnf:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="137"/>
        <source>A TrkB antagonist keeps BDNF from signalling: TrkB, mTOR and the building blocks stay at rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="140"/>
        <source>BDNF activates TrkB (×{trkb:.2f}), but rapamycin holds mTOR at rest, so no building blocks for new synapses are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="146"/>
        <location filename="../../app/scenes/glutamate_burst.py" line="126"/>
        <source>AMPA receptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="147"/>
        <source>phosphate brake on eEF2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="148"/>
        <location filename="../../app/ui/plots.py" line="31"/>
        <source>BDNF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="148"/>
        <source>TrkB receptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="149"/>
        <location filename="../../app/scenes/overview.py" line="143"/>
        <location filename="../../app/ui/plots.py" line="32"/>
        <source>mTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="149"/>
        <source>synapse building blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="151"/>
        <location filename="../../app/scenes/overview.py" line="145"/>
        <source>blocked link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="175"/>
        <source>TrkB (×{trkb:.2f}) switches on mTOR, the cell&apos;s foreman (×{mtor:.2f}), which has PSD-95, receptors and actin made for new synapses ({proteins}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="180"/>
        <source>mTOR is back near rest (×{mtor:.2f}), but the building blocks it had made for new synapses remain ({proteins}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="183"/>
        <source>TrkB and mTOR are at rest, so no new building blocks are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="216"/>
        <source>outside the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="218"/>
        <source>inside the dendrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="219"/>
        <source>eEF2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="220"/>
        <source>ribosomes on BDNF mRNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="221"/>
        <source>dendritic spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/bdnf_mtor.py" line="229"/>
        <source>glutamate terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="15"/>
        <source>Ketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="16"/>
        <location filename="../../app/scenes/hit_and_run.py" line="356"/>
        <source>Esketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="17"/>
        <location filename="../../app/scenes/hit_and_run.py" line="360"/>
        <source>Arketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="18"/>
        <source>SSRI (escitalopram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="19"/>
        <location filename="../../app/scenes/chrome.py" line="66"/>
        <source>No drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="22"/>
        <source>IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="23"/>
        <source>intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="24"/>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="27"/>
        <location filename="../../app/scenes/glutamate_burst.py" line="186"/>
        <source>NBQX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="28"/>
        <source>TrkB antagonist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="29"/>
        <source>rapamycin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="57"/>
        <source>{names} acts further down the chain and leaves {what} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="59"/>
        <source>{names} act further down the chain and leave {what} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="68"/>
        <source>{dose:g} mg ({per_kg:.2g} mg/kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="72"/>
        <source>over {minutes:g} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="74"/>
        <source>x{count} every {hours:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/chrome.py" line="110"/>
        <source>blocked: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="75"/>
        <source>The glutamate burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="76"/>
        <source>Freed from inhibition, pyramidal cells release a surge of glutamate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="84"/>
        <location filename="../../app/scenes/interneuron_blockade.py" line="104"/>
        <location filename="../../app/scenes/overview.py" line="115"/>
        <source>Dose starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="89"/>
        <source>Glutamate rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="90"/>
        <source>Glutamate burst peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="91"/>
        <source>Burst subsides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="101"/>
        <source>At rest: the pyramidal terminal releases glutamate at its usual rate and AMPA receptors respond at baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="104"/>
        <source>Freed from inhibition, the pyramidal cell fires at {firing:.2f}x its usual rate: glutamate in the cleft is {glu:.2f}x baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="108"/>
        <source>So much ketamine also plugs {block:.0%} of the pyramidal cell&apos;s own NMDA receptors: it fires at {firing:.2f}x its usual rate and glutamate falls to {glu:.2f}x baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="113"/>
        <source>NBQX occupies the AMPA receptors, so they stay at baseline although glutamate surges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="115"/>
        <source>NBQX occupies the AMPA receptors: they stay at baseline whatever glutamate does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="118"/>
        <source>AMPA receptors, which ketamine does not block, are activated {ampa:.2f}x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="121"/>
        <source>the burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="124"/>
        <source>glutamate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="125"/>
        <source>vesicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="127"/>
        <location filename="../../app/scenes/interneuron_blockade.py" line="141"/>
        <source>NMDA receptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="128"/>
        <source>ketamine plug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="129"/>
        <location filename="../../app/scenes/interneuron_blockade.py" line="142"/>
        <location filename="../../app/scenes/interneuron_blockade.py" line="239"/>
        <source>GABA interneuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="130"/>
        <source>pyramidal cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="168"/>
        <source>firing {v:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="170"/>
        <source>firing ×{v:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="187"/>
        <source>blocked by NBQX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="188"/>
        <source>activation ×{v:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="190"/>
        <source>{n} of {total} plugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="202"/>
        <source>Glutamate in cleft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="204"/>
        <location filename="../../app/ui/plots.py" line="30"/>
        <source>AMPA activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="206"/>
        <source>NMDA block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="216"/>
        <source>At the synapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="218"/>
        <source>Tick = baseline (×1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="223"/>
        <location filename="../../app/scenes/interneuron_blockade.py" line="247"/>
        <location filename="../../app/ui/plots.py" line="28"/>
        <source>Interneuron firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="224"/>
        <location filename="../../app/scenes/interneuron_blockade.py" line="248"/>
        <location filename="../../app/ui/plots.py" line="29"/>
        <source>Pyramidal firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="234"/>
        <source>Interneuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="235"/>
        <source>Pyramidal cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="237"/>
        <source>Axon terminal of the pyramidal cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="238"/>
        <source>Synaptic cleft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="239"/>
        <source>AMPA receptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="240"/>
        <source>NMDA receptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="241"/>
        <source>Dendritic spine of the next neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="247"/>
        <source>NBQX blocks the AMPA receptors: glutamate still surges, but they stay shut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="248"/>
        <source>AMPA receptors open when glutamate binds. Ketamine does not block them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/glutamate_burst.py" line="250"/>
        <source>Ketamine plugs NMDA receptors; on pyramidal cells only a few at a low dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="84"/>
        <source>Hit and run: a short-lived drug, a long-lived effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="85"/>
        <source>The drug is only the spark; the rebuilding it starts is the fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="97"/>
        <source>Drug at its peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="99"/>
        <source>Dissociation fades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="101"/>
        <source>Drug essentially gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="109"/>
        <source>Relief at its peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="112"/>
        <source>Relief half gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="117"/>
        <source>{clock}: no drug is given, so nothing sets the cascade off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="128"/>
        <source>{clock}: the dose is starting: {drug} has only begun to reach the blood ({conc:.2f} µM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="131"/>
        <source>{clock}: {drug} in plasma is {conc:.2f} µM, {share:.0%} of its peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="133"/>
        <source> Dissociation ({diss:.0%}) and the blood-pressure rise (+{bp:.0f} mmHg) track it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="136"/>
        <source> Relief is already {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="138"/>
        <source>{clock}: the drug is down to {share:.1%} of its peak, and there is no relief: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="141"/>
        <source>{clock}: the drug is down to {share:.0%} of its peak and the side effects have faded, but mTOR-driven rebuilding goes on: {spines:.0%} of lost spines regrown, relief {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="145"/>
        <source>{clock}: the drug is essentially gone ({share:.1%} of its peak), yet the regrown synapses keep relief at {relief:.0%}. The spark is out; the fire it lit burns on for days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="151"/>
        <source>drug (share of peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="152"/>
        <source>dissociation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="153"/>
        <source>blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="154"/>
        <source>spines regrown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="155"/>
        <source>relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="156"/>
        <source>rebuilding (the fire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="178"/>
        <source>The drug leaves within hours; the rebuilding lasts for days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="181"/>
        <source>The spark: drug and side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="182"/>
        <source>The fire: rebuilding and relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="190"/>
        <source>{value:g} mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="192"/>
        <source>time since the first dose (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="224"/>
        <source>Drug in plasma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="225"/>
        <location filename="../../app/scenes/overview.py" line="218"/>
        <location filename="../../app/ui/plots.py" line="35"/>
        <source>Dissociation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="228"/>
        <location filename="../../app/scenes/overview.py" line="221"/>
        <location filename="../../app/ui/plots.py" line="36"/>
        <source>Blood pressure rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="229"/>
        <source>Lost spines regrown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="230"/>
        <location filename="../../app/ui/plots.py" line="35"/>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="255"/>
        <source>The spark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="256"/>
        <source>Drug in the brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="257"/>
        <source>{value:.2f} µM · {share:.0%} of peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="259"/>
        <source>The fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="260"/>
        <source>Synaptic proteins {value:+.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="262"/>
        <source>{value:.0%} of lost spines regrown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="265"/>
        <source>keeps burning after the drug has gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="268"/>
        <source>never lit: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="279"/>
        <source>switches on mTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="353"/>
        <source>Clinical forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="354"/>
        <source>Ketamine is a mix of two mirror-image forms, S and R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="356"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="357"/>
        <source>Nasal spray, {dose:g} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="358"/>
        <source>Given under close monitoring: dissociation and a transient rise in blood pressure. Unsuitable for patients with some vascular diseases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="361"/>
        <source>under study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="361"/>
        <source>Infusion, 0.5 mg/kg (model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="370"/>
        <source>This model gives it only its weaker NMDA block: milder side effects but less relief ({mine:.0%} vs {theirs:.0%} for ketamine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="374"/>
        <source>This model gives it only its weaker NMDA block: milder side effects; with the chain cut here, neither form brings relief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="376"/>
        <source>Studied, like ketamine&apos;s metabolites, for a longer effect with fewer side effects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="378"/>
        <source>Whether it lasts longer is still a research question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="402"/>
        <source>Dissociation (peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/hit_and_run.py" line="404"/>
        <source>Blood pressure (peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="94"/>
        <source>Ketamine silences interneurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="95"/>
        <source>Low-dose ketamine blocks NMDA receptors on GABA interneurons first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="109"/>
        <source>Interneurons quieting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="111"/>
        <source>Interneuron block at its peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="113"/>
        <source>Block wearing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="121"/>
        <source>No ketamine in the brain: the interneuron fires steadily and its GABA keeps the pyramidal neuron in check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="124"/>
        <source>{block:.0%} of the interneurons&apos; NMDA receptors are plugged ({conc:.2f} µM ketamine in the brain), so they fire at {rate:.0%} of their usual rate and release less GABA onto the pyramidal neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="130"/>
        <source>Only {block:.0%} of the pyramidal cell&apos;s own NMDA receptors are plugged: a low dose acts on the interneurons first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="134"/>
        <source>At this high concentration {block:.0%} of the pyramidal cell&apos;s own NMDA receptors are plugged too, holding its firing down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="137"/>
        <source>this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="140"/>
        <source>ketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="143"/>
        <source>GABA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="144"/>
        <source>pyramidal neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="195"/>
        <source>NMDA plugged: {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="198"/>
        <source>GABA release {rate:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="200"/>
        <source>Ketamine in the brain: {conc:.2f} µM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="216"/>
        <source>Interneurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="217"/>
        <source>Pyramidal cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="222"/>
        <location filename="../../app/scenes/overview.py" line="43"/>
        <source>Ketamine in brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="241"/>
        <source>Pyramidal neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="243"/>
        <source>Inhibitory GABA synapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="245"/>
        <source>NMDA receptors plugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="292"/>
        <source>Block against ketamine in the brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="315"/>
        <source>interneurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/interneuron_blockade.py" line="317"/>
        <source>pyramidal cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="45"/>
        <source>NMDA block on interneurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="48"/>
        <source>Interneurons fall silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="50"/>
        <source>firing {value:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="51"/>
        <source>Pyramidal cells disinhibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="53"/>
        <location filename="../../app/scenes/overview.py" line="116"/>
        <source>Glutamate surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="59"/>
        <source>p-eEF2 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="60"/>
        <source>BDNF translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="64"/>
        <source>mTOR switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="66"/>
        <source>Synaptic proteins made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="69"/>
        <source>New dendritic spines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="71"/>
        <source>{value:.0%} of healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="72"/>
        <location filename="../../app/scenes/spine_growth.py" line="257"/>
        <source>Symptom relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="74"/>
        <source>{value:.0%} relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="106"/>
        <source>The whole cascade</source>
        <extracomment>Which node each blocker cuts (the arrow into it carries the cut mark).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="107"/>
        <source>From one dose of ketamine to new synapses and lasting relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="118"/>
        <location filename="../../app/scenes/spine_growth.py" line="114"/>
        <source>Most spines restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="120"/>
        <source>Drug almost gone, rebuilding goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="129"/>
        <source>At {clock}, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="131"/>
        <source>the chain is at rest: nothing has been set in motion yet, or everything has settled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="136"/>
        <source> {names} cuts the chain: everything after its link stays at rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="138"/>
        <source>lit up: {links}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="141"/>
        <source>drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="141"/>
        <source>inhibitory (GABA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="142"/>
        <source>excitatory (glutamate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="143"/>
        <source>growth signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="144"/>
        <source>synapses and mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/overview.py" line="197"/>
        <source>Side effects follow the drug (gone within hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="90"/>
        <source>New spines: the branches leaf again</source>
        <extracomment>The branch and its spines (tests compare this region between frames).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="91"/>
        <source>Withered dendrites sprout new synapses within hours; they last for days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="105"/>
        <source>Chain cut: no new spines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="109"/>
        <source>Half the lost spines back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="112"/>
        <source>Halfway to the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="114"/>
        <source>Spine density at its peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="116"/>
        <source>New spines begin to sprout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="120"/>
        <source>New spines recede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="133"/>
        <source>{names} cuts the chain before the spines: no building blocks arrive, so no new spines sprout ({count} of {healthy}, {density:.0%} of healthy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="137"/>
        <source>A healthy branch has no stress-lost spines to restore: ketamine can add only a few beyond the healthy {healthy} (now {count}), and the model predicts no mood change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="142"/>
        <source>The new spines have receded: the branch is back to {count} of {healthy} spines as the extra synaptic proteins ({proteins}) run out; symptom relief has faded to {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="146"/>
        <source>Chronic stress has thinned this branch to {count} of {healthy} spines ({density:.0%} of healthy). Synaptic proteins {proteins}: the building blocks for new spines are only starting to gather.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="150"/>
        <source>The extra synaptic proteins slowly decay ({proteins}) and new spines recede: {count} of {healthy} spines remain, symptom relief {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="153"/>
        <source>{new} new spines have sprouted and are maturing ({count} of {healthy}, {density:.0%} of healthy) while synaptic proteins stay {proteins}. Symptom relief follows the restored synapses: {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="158"/>
        <source>dendrite and its spines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="159"/>
        <location filename="../../app/scenes/spine_growth.py" line="331"/>
        <source>new spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="159"/>
        <source>lost to stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="160"/>
        <source>synaptic proteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="161"/>
        <source>symptom relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="162"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="231"/>
        <source>A dendrite of a pyramidal neuron in prefrontal cortex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="233"/>
        <location filename="../../app/scenes/two_timescales.py" line="273"/>
        <source>cell body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="237"/>
        <source>mature (mushroom) spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="239"/>
        <source>lost to chronic stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="242"/>
        <source>healthy thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="255"/>
        <source>Spines on this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="264"/>
        <source>share of the stress-lost synapses restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="340"/>
        <source>of {healthy} on a healthy branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="342"/>
        <source>+{new} new since the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="343"/>
        <source>{lost} lost to chronic stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="344"/>
        <source>none lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="350"/>
        <location filename="../../app/ui/plots.py" line="34"/>
        <source>Spine density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="354"/>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="357"/>
        <location filename="../../app/ui/plots.py" line="33"/>
        <source>Synaptic proteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/spine_growth.py" line="369"/>
        <source>cut the chain: no new spines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="79"/>
        <source>Two time scales: chemistry in hours, rewiring in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="80"/>
        <source>Why “rapid” matters: relief waits for the wiring, not the chemistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="94"/>
        <source>SSRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="106"/>
        <source>SSRI: serotonin up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="110"/>
        <source>{drug}: relief within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="110"/>
        <source>{drug}: relief rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="114"/>
        <source>SSRI: autoreceptors half desensitised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="117"/>
        <source>SSRI: relief finally arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="127"/>
        <source>serotonin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="127"/>
        <source>SSRI on SERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="128"/>
        <source>autoreceptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="128"/>
        <source>spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="129"/>
        <source>spine lost to stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="130"/>
        <location filename="../../app/scenes/two_timescales.py" line="413"/>
        <source>SSRI relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="131"/>
        <source>ketamine relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="160"/>
        <source>{clock}: the first SSRI dose has not yet raised serotonin in the cleft (×{level:.2f}); relief is {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="163"/>
        <source>{clock}: the SSRI has raised serotonin in the cleft to ×{level:.1f}, but relief stays at {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="166"/>
        <source>{clock}: after weeks, the SSRI&apos;s feedback autoreceptors are {desens:.0%} desensitised and relief has reached {relief:.0%} (serotonin ×{level:.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="169"/>
        <source>{clock}: the SSRI has raised serotonin in the cleft to ×{level:.1f}, yet relief is only {relief:.0%}: its feedback autoreceptors are {desens:.0%} desensitised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="182"/>
        <source>{drug}: spines at {now:.0%} of a healthy cortex, but {reason}, so there is no relief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="185"/>
        <source>{drug} is regrowing lost spines: {now:.0%} of a healthy cortex (from {start:.0%}), relief {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="188"/>
        <source>{drug}&apos;s regrown spines stand at {now:.0%} of healthy (from {start:.0%}), relief {relief:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="200"/>
        <source>The SSRI brings no relief either, for the same reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="201"/>
        <source>The SSRI brings no relief either: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="203"/>
        <source>Slow adaptation, not the transmitter, set the SSRI&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="204"/>
        <source>Transmitter arrives in hours; the slow adaptation behind relief takes weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="213"/>
        <source>More transmitter within hours; slow adaptation over weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="215"/>
        <source>Regrowing lost synapses: synaptogenesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="219"/>
        <source>SSRI — the chemical soup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="223"/>
        <source>One time ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="225"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="225"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="226"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="252"/>
        <source>serotonin terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="254"/>
        <source>cleft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="255"/>
        <source>receiving neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="272"/>
        <source>dendrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="319"/>
        <source>Serotonin in the cleft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="321"/>
        <source>SERT blocked by the SSRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="322"/>
        <source>Autoreceptors desensitised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="325"/>
        <location filename="../../app/scenes/two_timescales.py" line="388"/>
        <source>Mood meter: relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="378"/>
        <source>{drug} — living wiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="381"/>
        <source>Spine density (healthy = 100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="382"/>
        <source>Stress-lost spines regrown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="384"/>
        <source>Chronic stress {stress:.0%}: spines start at {start:.0%} of healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="414"/>
        <source>{drug} relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/scenes/two_timescales.py" line="415"/>
        <source>SSRI serotonin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="22"/>
        <source>Ketamine 0.5 mg/kg IV over 40 min</source>
        <extracomment>Clinical regimens a lecturer reaches for: (label, scenario fields at 70 kg).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="23"/>
        <source>Esketamine 56 mg intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="24"/>
        <source>Esketamine 84 mg intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="28"/>
        <source>Arketamine 0.5 mg/kg IV over 40 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="32"/>
        <source>Anaesthetic ketamine 2 mg/kg IV bolus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="36"/>
        <source>AMPA-receptor antagonist: cuts the chain after the glutamate surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="37"/>
        <source>Blocks BDNF&apos;s receptor TrkB: cuts the chain after BDNF release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="38"/>
        <source>mTOR inhibitor: cuts the chain at mTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="31"/>
        <source>A frame</source>
        <extracomment>(kind, label, formats with their file filters)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="31"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="31"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="32"/>
        <source>A clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="32"/>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="32"/>
        <source>Animated GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="33"/>
        <source>Numbered PNG frames (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="34"/>
        <source>A slide deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="34"/>
        <source>PowerPoint slides (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="35"/>
        <source>The plot data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="35"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="35"/>
        <source>Plots as PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="36"/>
        <source>Plots as SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="39"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="40"/>
        <source>Projector (light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="25"/>
        <source>Plasma drug</source>
        <extracomment>Observable -&gt; (short label, unit) for axes and legends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="25"/>
        <source>µM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="25"/>
        <source>Brain drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="26"/>
        <source>NMDA block, interneurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="26"/>
        <location filename="../../app/ui/plots.py" line="27"/>
        <location filename="../../app/ui/plots.py" line="35"/>
        <location filename="../../app/ui/plots.py" line="37"/>
        <location filename="../../app/ui/plots.py" line="38"/>
        <source>fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="27"/>
        <source>NMDA block, pyramidal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="28"/>
        <location filename="../../app/ui/plots.py" line="29"/>
        <location filename="../../app/ui/plots.py" line="30"/>
        <location filename="../../app/ui/plots.py" line="31"/>
        <location filename="../../app/ui/plots.py" line="32"/>
        <location filename="../../app/ui/plots.py" line="33"/>
        <location filename="../../app/ui/plots.py" line="34"/>
        <source>× baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="30"/>
        <source>Glutamate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="31"/>
        <source>p-eEF2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="32"/>
        <source>TrkB activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="34"/>
        <source>Serotonin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="34"/>
        <source>× healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="36"/>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="37"/>
        <source>SERT occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="38"/>
        <source>Autoreceptor desensitisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="28"/>
        <source>Play or pause</source>
        <extracomment>(action name, shortcuts, description): the one list behind the actions and the help dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="29"/>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="30"/>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="31"/>
        <source>Next beat, then next scene (clicker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="32"/>
        <source>Previous beat, then previous scene (clicker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="33"/>
        <source>Start of the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="34"/>
        <source>End of the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="35"/>
        <source>Jump to scene 1 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="36"/>
        <source>Full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="37"/>
        <source>Leave full screen or presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="38"/>
        <source>Presenter mode on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="39"/>
        <source>In presenter mode: play on to the next beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="40"/>
        <source>Black screen (presenter mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="41"/>
        <source>White screen (presenter mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="42"/>
        <source>Large captions on or off (presenter mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="43"/>
        <source>Laser pointer on or off (presenter mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="44"/>
        <source>Dark or projector (light) theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="45"/>
        <source>Speaker notes window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="46"/>
        <source>Export a frame, clip, slide deck or plot data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="47"/>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../../app/ui/captions.py" line="22"/>
        <source>Explanation of the current picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/captions.py" line="49"/>
        <source>Next: {beat} at {clock} (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../app/ui/controls.py" line="60"/>
        <source>Clinical preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="62"/>
        <source>Choose a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="65"/>
        <location filename="../../app/ui/controls.py" line="103"/>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="66"/>
        <location filename="../../app/ui/controls.py" line="104"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="67"/>
        <source>Dose per administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="69"/>
        <location filename="../../app/ui/controls.py" line="106"/>
        <source>Body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="70"/>
        <source>Infusion time (IV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="73"/>
        <source>Number of doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="74"/>
        <source>Time between doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="75"/>
        <source>Simulated span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="78"/>
        <source>Chronic stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="79"/>
        <source>0 = healthy, 100 = chronic stress (fewer spines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="90"/>
        <source>Problem with the chosen values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="102"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="105"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="107"/>
        <source>Infusion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="108"/>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="109"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="110"/>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="111"/>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="112"/>
        <source>Blockers (cut the chain at one link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="147"/>
        <source>{name}: {low:g} to {high:g}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="185"/>
        <source>= {value:.2g} mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controls.py" line="217"/>
        <source>Not applied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="50"/>
        <location filename="../../app/ui/export_dialog.py" line="116"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="87"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="88"/>
        <source>Embed a short clip of each scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="97"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="110"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="110"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="116"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="117"/>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="117"/>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="118"/>
        <source>Time (e.g. 45min, 2h, 3d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="119"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="120"/>
        <source>Clip length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="121"/>
        <source>Frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="121"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="123"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="123"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="124"/>
        <location filename="../../app/ui/export_dialog.py" line="186"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="184"/>
        <source>Folder for the frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="205"/>
        <source>choose where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="67"/>
        <source>Ketamine Cascade — how a rapid-acting antidepressant works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="119"/>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="120"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="121"/>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="122"/>
        <source>Dose, drug and blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="163"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="164"/>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="166"/>
        <source>&amp;Save scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="171"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="179"/>
        <source>Projector theme (light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="184"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="186"/>
        <source>About the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="191"/>
        <source>The simulation failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="198"/>
        <source>A picture could not be drawn ({message}). The app keeps running; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="354"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="355"/>
        <location filename="../../app/ui/window.py" line="369"/>
        <source>Scenario (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="361"/>
        <source>This scenario file cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="368"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="375"/>
        <source>Could not save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="391"/>
        <source>Ketamine Cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="401"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="408"/>
        <source>About the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="409"/>
        <source>Every picture is drawn from a kinetic model: human pharmacokinetics (Kamp 2020; Spravato label), NMDA-receptor block, the circuit, and the BDNF–TrkB–mTOR cascade with published time courses. docs/model.md lists every equation and parameter with its source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <location filename="../../app/ui/plots.py" line="80"/>
        <source>Log time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="81"/>
        <source>Stretch minutes and squeeze weeks so both can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="83"/>
        <source>Drag the line to scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plots.py" line="90"/>
        <source>Plots of the scene&apos;s quantities against time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneCanvas</name>
    <message>
        <location filename="../../app/ui/canvas.py" line="39"/>
        <source>Scene canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas.py" line="40"/>
        <source>The animated picture of the current scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas.py" line="67"/>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas.py" line="79"/>
        <source>This picture could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneNavigator</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="18"/>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerNotesWindow</name>
    <message>
        <location filename="../../app/ui/notes.py" line="28"/>
        <source>Speaker notes — Ketamine Cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes.py" line="35"/>
        <source>Notes for the current beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes.py" line="39"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes.py" line="40"/>
        <source>Dose, drug and blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes.py" line="76"/>
        <source>{now}   ·   presenting for {minutes}:{seconds:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes.py" line="96"/>
        <source>Next: {beat} at {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes.py" line="103"/>
        <source>Next: scene {number}, {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="160"/>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="162"/>
        <source>Step back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="164"/>
        <source>Step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="167"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="168"/>
        <source>Playback speed: at 1x a scene plays in 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="173"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="174"/>
        <source>Start the scene over when playback reaches its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="183"/>
        <source>Time since the dose started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineRuler</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="45"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="46"/>
        <source>Drag to scrub through the scene; click a beat marker to jump to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/errors.py" line="38"/>
        <source>Something went wrong ({error}). The app keeps running; details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="259"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="259"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="260"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="269"/>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="272"/>
        <source>The export failed: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="274"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
