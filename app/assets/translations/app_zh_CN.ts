<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../story/names.py" line="+104"/>
        <source>no drug sets the cascade off</source>
        <translation>没有药物来启动级联反应</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at this dose no glutamate surge starts the rebuilding</source>
        <translation>在此剂量下没有谷氨酸激增来启动重建</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{names} cuts the chain</source>
        <translation>{names}切断了信号链</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>, </source>
        <extracomment>Between the items of a list of names (blockers, species): &quot;, &quot; in English, &quot;、&quot; in Chinese.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Esketamine in brain</source>
        <translation>脑内艾司氯胺酮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arketamine in brain</source>
        <translation>脑内R-氯胺酮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escitalopram in brain</source>
        <translation>脑内艾司西酞普兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../story/scenes/interneuron_blockade.py" line="+36"/>
        <source>No drug given</source>
        <translation>未给药</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>esketamine</source>
        <translation>艾司氯胺酮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arketamine</source>
        <translation>R-氯胺酮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escitalopram</source>
        <translation>艾司西酞普兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no drug</source>
        <translation>无药物</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the dose is too small to start the rebuilding</source>
        <translation>剂量太小，不足以启动重建</translation>
    </message>
    <message>
        <location filename="../../scenes/art_stage_cards.py" line="+37"/>
        <location filename="../../story/evidence.py" line="+27"/>
        <location filename="../../story/scenes/overview.py" line="+63"/>
        <source>AMPA receptors activated</source>
        <extracomment>(card title, role, observable reading) per stage, left to right.</extracomment>
        <translation>AMPA受体激活</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../story/evidence.py" line="+1"/>
        <location filename="../../story/scenes/bdnf_mtor.py" line="+16"/>
        <location filename="../../story/scenes/overview.py" line="+2"/>
        <source>eEF2 brake released</source>
        <translation>eEF2制动解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../story/scenes/overview.py" line="+2"/>
        <source>p-eEF2 {value:.0%} of baseline</source>
        <translation>p-eEF2为基线的{value:.0%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BDNF translated and released</source>
        <translation>BDNF翻译并释放</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../story/evidence.py" line="+2"/>
        <location filename="../../story/scenes/overview.py" line="+3"/>
        <source>TrkB activated</source>
        <translation>TrkB激活</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mTOR, the cell&apos;s foreman</source>
        <translation>mTOR，细胞的“工头”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synapse building blocks</source>
        <translation>突触构件</translation>
    </message>
    <message>
        <location filename="../../story/scenes/bdnf_mtor.py" line="+41"/>
        <location filename="../../story/scenes/overview.py" line="+6"/>
        <source>{value} over baseline</source>
        <translation>较基线{value}</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="+67"/>
        <source>A brake released: BDNF, TrkB, mTOR</source>
        <translation>解除制动：BDNF、TrkB、mTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local protein synthesis switches on inside the dendrite</source>
        <translation>树突内的局部蛋白质合成随之开启</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The dose window</source>
        <translation>剂量窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too little starts nothing, too much silences the surge: one dose from 0.05 to 10 mg/kg</source>
        <translation>太少不足以启动，太多则压制激增：单次给药 0.05 至 10 mg/kg</translation>
    </message>
    <message>
        <location filename="../../story/scenes/bdnf_mtor.py" line="-43"/>
        <source>AMPA receptors most active</source>
        <translation>AMPA受体活性最强</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BDNF activates TrkB</source>
        <translation>BDNF激活TrkB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../story/scenes/overview.py" line="+35"/>
        <source>mTOR at its peak</source>
        <translation>mTOR活性达峰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building blocks made</source>
        <translation>突触构件合成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The eEF2 brake is on (p-eEF2 {p:.0%} of rest): BDNF mRNA waits, untranslated, in the dendrite.</source>
        <translation>真核延伸因子2（eEF2）的制动仍在（p-eEF2为静息水平的{p:.0%}）：脑源性神经营养因子（BDNF）的mRNA在树突中待命，尚未翻译。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMPA receptors are at their most active (×{ampa:.2f}): their signal starts taking the phosphate brake off eEF2.</source>
        <translation>AMPA受体活性达到最强（×{ampa:.2f}）：它们的信号开始解除eEF2的磷酸化制动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The eEF2 brake is off (p-eEF2 {p:.0%} of rest): ribosomes translate the BDNF mRNA waiting in the dendrite, and BDNF is made.</source>
        <translation>eEF2的制动已解除（p-eEF2为静息水平的{p:.0%}）：核糖体翻译树突中待命的BDNF mRNA，BDNF随之合成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At its peak mTOR (×{mtor:.2f}) has PSD-95, receptors and actin made: the building blocks of new synapses.</source>
        <translation>雷帕霉素机制靶点（mTOR）达到峰值（×{mtor:.2f}），指挥合成PSD-95、受体和肌动蛋白：新突触的构件。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The new BDNF activates its receptor TrkB (×{trkb:.2f}), which switches on mTOR, the cell&apos;s foreman.</source>
        <translation>新合成的BDNF激活其受体TrkB（×{trkb:.2f}），TrkB再开启细胞的“工头”——雷帕霉素机制靶点（mTOR）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The building blocks mTOR made for new synapses remain ({proteins}), though mTOR itself is back near rest (×{mtor:.2f}).</source>
        <translation>mTOR为新突触合成的构件仍然保留（{proteins}），尽管mTOR本身已回落至接近静息水平（×{mtor:.2f}）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chain stays at rest</source>
        <translation>信号链保持静息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NBQX blocks the AMPA receptors, so the eEF2 brake stays on (p-eEF2 {p:.0%} of rest) and nothing downstream moves.</source>
        <translation>NBQX阻断AMPA受体，因此真核延伸因子2（eEF2）的制动无法解除（p-eEF2为静息水平的{p:.0%}），下游各环节均无变化。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A TrkB antagonist keeps BDNF from signalling: TrkB, mTOR and the building blocks stay at rest.</source>
        <translation>TrkB拮抗剂使BDNF无法传递信号：TrkB、雷帕霉素机制靶点（mTOR）和突触构件均保持静息水平。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>BDNF activates TrkB (×{trkb:.2f}), but rapamycin holds mTOR at rest, so no building blocks for new synapses are made.</source>
        <translation>BDNF激活TrkB（×{trkb:.2f}），但雷帕霉素使雷帕霉素机制靶点（mTOR）停留在静息水平，因此无法合成新突触所需的构件。</translation>
    </message>
    <message>
        <location filename="../../scenes/bdnf_mtor.py" line="+110"/>
        <location filename="../../scenes/glutamate_burst.py" line="+104"/>
        <source>AMPA receptor</source>
        <extracomment>The mTOR hub itself (tests check that it stays dark under rapamycin). Extracellular space where released BDNF floats. Where new building blocks settle: a sunflower heap under the spine, filled from its middle. Molecules in flight: a glutamate crossing takes 1.8 s of 1x playback, a BDNF search 5 s.</extracomment>
        <translation>AMPA受体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phosphate brake on eEF2</source>
        <translation>eEF2的磷酸化制动</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="+77"/>
        <location filename="../../scenes/bdnf_mtor.py" line="+1"/>
        <source>BDNF</source>
        <translation>BDNF</translation>
    </message>
    <message>
        <location filename="../../scenes/bdnf_mtor.py" line="+0"/>
        <source>TrkB receptor</source>
        <translation>TrkB受体</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="+4"/>
        <location filename="../../scenes/bdnf_mtor.py" line="+1"/>
        <location filename="../../scenes/overview.py" line="+81"/>
        <location filename="../../story/compare_story.py" line="+37"/>
        <source>mTOR</source>
        <translation>mTOR</translation>
    </message>
    <message>
        <location filename="../../scenes/bdnf_mtor.py" line="+1"/>
        <source>synapse building blocks</source>
        <translation>突触构件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scenes/overview.py" line="+2"/>
        <source>blocked link</source>
        <translation>被阻断的环节</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>outside the cell</source>
        <translation>细胞外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inside the dendrite</source>
        <translation>树突内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eEF2</source>
        <translation>eEF2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ribosomes on BDNF mRNA</source>
        <translation>BDNF mRNA上的核糖体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dendritic spine</source>
        <translation>树突棘</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>glutamate terminal</source>
        <translation>谷氨酸能末梢</translation>
    </message>
    <message>
        <location filename="../../story/names.py" line="-79"/>
        <source>Ketamine</source>
        <translation>氯胺酮</translation>
    </message>
    <message>
        <location filename="../../scenes/hit_and_run.py" line="+233"/>
        <location filename="../../story/names.py" line="+1"/>
        <source>Esketamine</source>
        <translation>艾司氯胺酮</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../story/names.py" line="+1"/>
        <source>Arketamine</source>
        <translation>R-氯胺酮</translation>
    </message>
    <message>
        <location filename="../../story/names.py" line="+1"/>
        <source>SSRI (escitalopram)</source>
        <translation>SSRI（艾司西酞普兰）</translation>
    </message>
    <message>
        <location filename="../../scenes/chrome.py" line="+45"/>
        <location filename="../../story/names.py" line="+1"/>
        <location filename="../../story/regimens.py" line="+72"/>
        <source>No drug</source>
        <translation>无药物</translation>
    </message>
    <message>
        <location filename="../../story/names.py" line="+3"/>
        <source>IV</source>
        <translation>静脉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intranasal</source>
        <translation>鼻内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral</source>
        <translation>口服</translation>
    </message>
    <message>
        <location filename="../../scenes/glutamate_burst.py" line="+73"/>
        <location filename="../../story/names.py" line="+20"/>
        <source>NBQX</source>
        <translation>NBQX</translation>
    </message>
    <message>
        <location filename="../../story/names.py" line="+1"/>
        <source>TrkB antagonist</source>
        <translation>TrkB拮抗剂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rapamycin</source>
        <translation>雷帕霉素</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{names} acts further down the chain and leaves {what} unchanged.</source>
        <translation>{names}作用于信号链更下游，{what}不受影响。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{names} act further down the chain and leave {what} unchanged.</source>
        <translation>{names}作用于信号链更下游，{what}不受影响。</translation>
    </message>
    <message>
        <location filename="../../scenes/chrome.py" line="+2"/>
        <source>{dose:g} mg ({per_kg:.2g} mg/kg)</source>
        <translation>{dose:g} mg（{per_kg:.2g} mg/kg）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../story/compare_story.py" line="+43"/>
        <source>over {minutes:g} min</source>
        <translation>输注 {minutes:g} 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../story/compare_story.py" line="+2"/>
        <source>x{count} every {hours:g} h</source>
        <translation>每 {hours:g} 小时一次，共{count}次</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>blocked: {names}</source>
        <translation>已阻断：{names}</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="-37"/>
        <source>The glutamate burst</source>
        <translation>谷氨酸激增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freed from inhibition, pyramidal cells release a surge of glutamate</source>
        <translation>摆脱抑制的锥体细胞释放出大量谷氨酸</translation>
    </message>
    <message>
        <location filename="../../story/scenes/glutamate_burst.py" line="+21"/>
        <source>Freed from inhibition, the pyramidal cell fires faster ({firing:.2f}x) and glutamate starts to pour into the synapse.</source>
        <translation>摆脱抑制后，锥体细胞放电加快（{firing:.2f}倍），谷氨酸开始涌入突触。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../story/scenes/interneuron_blockade.py" line="+16"/>
        <location filename="../../story/scenes/overview.py" line="-8"/>
        <source>Dose starts</source>
        <translation>开始给药</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Glutamate falling</source>
        <translation>谷氨酸下降</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glutamate at its lowest</source>
        <translation>谷氨酸降至最低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glutamate recovering</source>
        <translation>谷氨酸回升</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glutamate rising</source>
        <translation>谷氨酸上升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glutamate burst peaks</source>
        <translation>谷氨酸激增达峰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burst subsides</source>
        <translation>激增消退</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At rest: the pyramidal terminal releases glutamate at its usual rate and AMPA receptors respond at baseline.</source>
        <translation>静息状态：锥体细胞末梢以平常的速率释放谷氨酸，AMPA受体的反应处于基线水平。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The burst peaks: glutamate is {glu:.2f}x baseline, but NBQX occupies the AMPA receptors, so they stay at baseline.</source>
        <translation>谷氨酸激增达到峰值：谷氨酸为基线的{glu:.2f}倍，但NBQX占据了AMPA受体，使其保持在基线水平。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>NBQX occupies the AMPA receptors: they stay at baseline whatever glutamate does.</source>
        <translation>NBQX占据了AMPA受体：无论谷氨酸如何变化，受体都保持在基线水平。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The burst peaks: glutamate is {glu:.2f}x baseline, and AMPA receptors, which {drug} does not block, are activated {ampa:.2f}x.</source>
        <translation>谷氨酸激增达到峰值：谷氨酸为基线的{glu:.2f}倍，{drug}不阻断的AMPA受体被激活至{ampa:.2f}倍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The burst subsides as {drug} washes out and the interneurons&apos; brake returns: glutamate is down to {glu:.2f}x baseline.</source>
        <translation>随着{drug}被清除、中间神经元的抑制恢复，激增逐渐消退：谷氨酸回落至基线的{glu:.2f}倍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So much {drug} also plugs {block:.0%} of the pyramidal cell&apos;s own NMDA receptors: it fires less, and glutamate falls.</source>
        <translation>剂量如此之高时，{drug}也会阻塞锥体细胞自身{block:.0%}的NMDA受体：其放电减少，谷氨酸随之下降。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At this anaesthetic dose glutamate falls to its lowest, {glu:.2f}x baseline: there is no burst to drive the AMPA receptors.</source>
        <translation>在这一麻醉剂量下，谷氨酸降至最低，为基线的{glu:.2f}倍：没有激增来驱动AMPA受体。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As {drug} clears, the pyramidal cell&apos;s own receptors free up and glutamate recovers to {glu:.2f}x baseline.</source>
        <translation>随着{drug}被清除，锥体细胞自身的受体重获自由，谷氨酸恢复至基线的{glu:.2f}倍。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the burst</source>
        <translation>谷氨酸激增</translation>
    </message>
    <message>
        <location filename="../../scenes/glutamate_burst.py" line="-75"/>
        <source>glutamate</source>
        <extracomment>Glutamate packets: a crossing, binding and letting go takes 2.4 s of 1x playback.</extracomment>
        <translation>谷氨酸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vesicle</source>
        <translation>囊泡</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scenes/interneuron_blockade.py" line="+118"/>
        <source>NMDA receptor</source>
        <translation>NMDA受体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ketamine plug</source>
        <translation>氯胺酮阻塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scenes/interneuron_blockade.py" line="+1"/>
        <location line="+115"/>
        <source>GABA interneuron</source>
        <translation>GABA能中间神经元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pyramidal cell</source>
        <translation>锥体细胞</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>firing ×{v:.2f}</source>
        <translation>放电 ×{v:.2f}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blocked by NBQX</source>
        <translation>被NBQX阻断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation ×{v:.2f}</source>
        <translation>激活 ×{v:.2f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} plugged</source>
        <translation>{total}个中{n}个被阻塞</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Dendrite of the next neuron</source>
        <translation>下一个神经元的树突</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dendritic spine</source>
        <translation>树突棘</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>firing {v:.0%} of baseline</source>
        <translation>放电为基线的{v:.0%}</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="-12"/>
        <location filename="../../scenes/glutamate_burst.py" line="+55"/>
        <source>Extracellular glutamate</source>
        <translation>细胞外谷氨酸</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../scenes/glutamate_burst.py" line="+2"/>
        <source>AMPA activation</source>
        <translation>AMPA受体激活</translation>
    </message>
    <message>
        <location filename="../../scenes/glutamate_burst.py" line="+2"/>
        <source>NMDA block</source>
        <translation>NMDA受体阻断</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At the synapse</source>
        <translation>突触处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick = baseline (×1)</source>
        <translation>刻度线 = 基线（×1）</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="-8"/>
        <location filename="../../scenes/glutamate_burst.py" line="+6"/>
        <location filename="../../scenes/interneuron_blockade.py" line="+8"/>
        <source>Interneuron firing</source>
        <translation>中间神经元放电</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scenes/glutamate_burst.py" line="+1"/>
        <location filename="../../scenes/interneuron_blockade.py" line="+1"/>
        <source>Pyramidal firing</source>
        <translation>锥体细胞放电</translation>
    </message>
    <message>
        <location filename="../../scenes/glutamate_burst.py" line="+10"/>
        <source>Interneuron</source>
        <translation>中间神经元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pyramidal cell</source>
        <translation>锥体细胞</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Axon terminal of the pyramidal cell</source>
        <translation>锥体细胞的轴突末梢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synaptic cleft</source>
        <translation>突触间隙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMPA receptors</source>
        <translation>AMPA受体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NMDA receptors</source>
        <translation>NMDA受体</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NBQX blocks the AMPA receptors: glutamate still surges, but they stay shut.</source>
        <translation>NBQX阻断AMPA受体：谷氨酸照样激增，但受体保持关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMPA receptors open when glutamate binds. Ketamine does not block them.</source>
        <translation>AMPA受体结合谷氨酸后开放。氯胺酮不阻断它们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ketamine plugs NMDA receptors; on pyramidal cells only a few at a low dose.</source>
        <translation>氯胺酮阻塞NMDA受体；低剂量时，锥体细胞上只有少数被阻塞。</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="+18"/>
        <source>Hit and run: a short-lived drug, a long-lived effect</source>
        <translation>“打了就跑”：药物短暂，效果持久</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drug is only the spark; the rebuilding it starts is the fire</source>
        <translation>药物只是火花；由它启动的重建才是火</translation>
    </message>
    <message>
        <location filename="../../story/scenes/hit_and_run.py" line="+82"/>
        <location filename="../../story/scenes/other_hypotheses.py" line="+20"/>
        <source>Drug at its peak</source>
        <translation>药物浓度达峰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissociation fades</source>
        <translation>分离症状消退</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../story/scenes/other_hypotheses.py" line="+4"/>
        <source>Drug essentially gone</source>
        <translation>药物基本清除</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Spines beyond healthy</source>
        <translation>超出健康水平的树突棘</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spines {value:+.0%} beyond healthy</source>
        <translation>树突棘比健康水平{value:+.0%}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Drug essentially gone after the last dose</source>
        <translation>末次给药后药物基本清除</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../story/scenes/other_hypotheses.py" line="+4"/>
        <source>Relief at its peak</source>
        <translation>缓解达峰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relief half gone</source>
        <translation>缓解减半</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{clock}: no drug is given, so nothing sets the cascade off.</source>
        <translation>{clock}：未给药，因此没有任何因素启动级联反应。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{clock}: the dose is starting: {drug} has only begun to reach the blood ({conc:.2f} µM).</source>
        <translation>{clock}：开始给药，{drug}刚刚开始进入血液（{conc:.2f} µM）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: {drug} in plasma is {conc:.2f} µM, {share:.0%} of its peak.</source>
        <translation>{clock}：血浆中{drug}浓度为{conc:.2f} µM，为峰值的{share:.0%}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{clock}: the drug is down to {share:.1%} of its peak, and there is no relief: {reason}.</source>
        <translation>{clock}：药物已降至峰值的{share:.1%}，症状未见缓解：{reason}。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{clock}: the drug is down to {share:.0%} of its peak and the side effects have faded, but mTOR-driven rebuilding goes on: a healthy cortex has lost no spines, yet a few are added; relief {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{clock}：药物已降至峰值的{share:.0%}，副作用已消退，但由雷帕霉素机制靶点（mTOR）驱动的重建仍在继续：健康皮层并未丧失树突棘，却仍会新增少许；症状缓解为模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source> Dissociation ({diss:.0%} of maximum) and the blood-pressure rise (+{bp:.0f} mmHg) track it.</source>
        <translation>分离症状（最大值的{diss:.0%}）和血压升高（+{bp:.0f} mmHg）随之同步变化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Relief is already {relief:.0%} of the model&apos;s maximum.</source>
        <translation>症状缓解已达模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{clock}: between doses the drug is down to {share:.0%} of its peak; the next dose comes at {next}, while relief holds at {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{clock}：两次给药之间，药物降至峰值的{share:.0%}；下一次给药在{next}，而症状缓解维持在模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{clock}: the drug is essentially gone ({share:.1%} of its peak), yet the regrown synapses keep relief at {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{clock}：药物已基本清除（为峰值的{share:.1%}），但再生的突触使症状缓解维持在模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: the drug is essentially gone ({share:.1%} of its peak), yet the new synapses keep relief at {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{clock}：药物已基本清除（为峰值的{share:.1%}），但新生的突触使症状缓解维持在模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spark is out; the fire it lit burns on for days.</source>
        <translation>火花已熄，它点燃的火却会持续燃烧数天。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{clock}: the drug is down to {share:.0%} of its peak and the side effects have faded, but mTOR-driven rebuilding goes on: {spines:.0%} of lost spines regrown, relief {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{clock}：药物已降至峰值的{share:.0%}，副作用已消退，但由雷帕霉素机制靶点（mTOR）驱动的重建仍在继续：丧失的树突棘中已有{spines:.0%}再生，症状缓解为模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location filename="../../scenes/hit_and_run.py" line="-170"/>
        <location filename="../../scenes/other_hypotheses.py" line="+113"/>
        <source>drug (share of peak)</source>
        <translation>药物（占峰值比例）</translation>
    </message>
    <message>
        <location filename="../../scenes/dose_window.py" line="+128"/>
        <source>glutamate: peak so far</source>
        <translation>谷氨酸：迄今峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glutamate now</source>
        <translation>当前谷氨酸</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scenes/hit_and_run.py" line="+1"/>
        <source>dissociation</source>
        <translation>分离症状</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scenes/hit_and_run.py" line="+1"/>
        <source>blood pressure</source>
        <translation>血压</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>antidepressant window</source>
        <translation>抗抑郁窗口</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>One dose, from 0.05 to 10 mg/kg: what the model gives</source>
        <translation>单次给药 0.05 至 10 mg/kg：模型的结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Glutamate, x baseline: the surge&apos;s peak so far</source>
        <translation>谷氨酸（基线倍数）：激增迄今的峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relief now; side effects at their peak so far</source>
        <translation>当前缓解；副作用迄今的峰值</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>An inverted U</source>
        <translation>倒U形曲线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No clear inverted U</source>
        <translation>没有明显的倒U形</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Antidepressant window (model): {lo} to {hi} mg/kg, where relief the day after reaches half its best.</source>
        <translation>抗抑郁窗口（模型）：{lo} 至 {hi} mg/kg，次日缓解可达最佳值的一半。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side effects only grow with dose.</source>
        <translation>副作用随剂量只增不减。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dose brings relief in this run, so there is no window.</source>
        <translation>本次模拟中任何剂量都不带来缓解，因此没有窗口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One dose of this drug, route and patient at each of {n} doses.</source>
        <translation>同一药物、途径和患者，在 {n} 个剂量下各给药一次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../story/scenes/dose_window.py" line="+95"/>
        <source>The dose window is for the NMDA drugs</source>
        <translation>剂量窗口只针对NMDA受体阻断药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No drug is chosen. Choose ketamine, esketamine or arketamine to see how its dose sets the glutamate surge, relief and side effects.</source>
        <translation>尚未选择药物。请选择氯胺酮、艾司氯胺酮或阿氯胺酮，查看剂量如何决定谷氨酸激增、缓解和副作用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SSRI blocks no NMDA receptors: it makes no glutamate surge at any dose. Choose ketamine, esketamine or arketamine to sweep its dose.</source>
        <translation>SSRI不阻断NMDA受体：任何剂量都不会引起谷氨酸激增。请选择氯胺酮、艾司氯胺酮或阿氯胺酮来扫描其剂量。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>this dose: {dose} mg/kg</source>
        <translation>当前剂量：{dose} mg/kg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Glutamate, peak so far</source>
        <translation>谷氨酸，迄今峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glutamate now</source>
        <translation>当前谷氨酸</translation>
    </message>
    <message>
        <location line="-158"/>
        <location filename="../../scenes/hit_and_run.py" line="+2"/>
        <location filename="../../scenes/other_hypotheses.py" line="+3"/>
        <source>relief</source>
        <translation>缓解</translation>
    </message>
    <message>
        <location filename="../../scenes/hit_and_run.py" line="+1"/>
        <source>rebuilding (the fire)</source>
        <translation>重建（火）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The drug leaves within hours; the rebuilding lasts for days</source>
        <translation>药物数小时内即被清除，重建却持续数天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The spark: drug and side effects</source>
        <translation>火花：药物与副作用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fire: rebuilding and relief</source>
        <translation>火：重建与缓解</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value:g} mmHg</source>
        <translation>{value:g} mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scenes/other_hypotheses.py" line="+32"/>
        <source>time since the first dose (log scale)</source>
        <translation>首次给药后的时间（对数刻度）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Drug in plasma</source>
        <translation>血浆药物浓度</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="+29"/>
        <location filename="../../scenes/dose_window.py" line="+162"/>
        <location filename="../../scenes/hit_and_run.py" line="+1"/>
        <location filename="../../scenes/overview.py" line="+116"/>
        <source>Dissociation</source>
        <translation>分离症状</translation>
    </message>
    <message>
        <location filename="../../scenes/hit_and_run.py" line="+1"/>
        <location line="+139"/>
        <location filename="../../scenes/overview.py" line="+1"/>
        <source>{value:.0%} of maximum</source>
        <translation>最大值的{value:.0%}</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="+3"/>
        <location filename="../../scenes/dose_window.py" line="+3"/>
        <location filename="../../scenes/hit_and_run.py" line="-137"/>
        <location filename="../../scenes/overview.py" line="+4"/>
        <source>Blood pressure rise</source>
        <translation>血压升高</translation>
    </message>
    <message>
        <location filename="../../story/scenes/hit_and_run.py" line="-112"/>
        <source>Lost spines regrown</source>
        <translation>丧失的树突棘再生</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="-8"/>
        <location filename="../../scenes/dose_window.py" line="-5"/>
        <location filename="../../scenes/hit_and_run.py" line="+3"/>
        <location filename="../../scenes/other_hypotheses.py" line="+55"/>
        <source>Relief</source>
        <translation>缓解</translation>
    </message>
    <message>
        <location filename="../../scenes/hit_and_run.py" line="+1"/>
        <location filename="../../scenes/other_hypotheses.py" line="+1"/>
        <location filename="../../scenes/two_timescales.py" line="+301"/>
        <location line="+2"/>
        <source>{value:.0%} of max.</source>
        <translation>最大值的{value:.0%}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The spark</source>
        <translation>火花</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scenes/other_hypotheses.py" line="-7"/>
        <source>Drug in the brain</source>
        <translation>脑内药物</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share:.0%} of its peak</source>
        <translation>峰值的{share:.0%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value:.2f} µM · {share:.0%} of peak</source>
        <translation>{value:.2f} µM · 峰值的{share:.0%}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fire</source>
        <translation>火</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synaptic proteins {value:+.0%} over baseline</source>
        <translation>突触蛋白较基线{value:+.0%}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This model gives it only its weaker NMDA block: less dissociation but less relief ({mine:.0%} vs {theirs:.0%} of the model&apos;s maximum for ketamine).</source>
        <translation>本模型只为它设定了较弱的NMDA受体阻断作用：分离症状较轻，但缓解也较少（{mine:.0%}，氯胺酮为{theirs:.0%}，均为模型最大值的百分比）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model gives it only its weaker NMDA block: less dissociation; with the chain cut here, neither form brings relief.</source>
        <translation>本模型只为它设定了较弱的NMDA受体阻断作用：分离症状较轻；由于此处信号链被切断，两种对映异构体都无法带来缓解。</translation>
    </message>
    <message>
        <location filename="../../story/scenes/hit_and_run.py" line="+8"/>
        <source>{value:.0%} of lost spines regrown</source>
        <translation>丧失的树突棘已再生{value:.0%}</translation>
    </message>
    <message>
        <location filename="../../scenes/hit_and_run.py" line="-44"/>
        <source>keeps burning after the drug has gone</source>
        <translation>药物消失后仍在燃烧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never lit: {reason}</source>
        <translation>未被点燃：{reason}</translation>
    </message>
    <message>
        <location filename="../../scenes/art_fire.py" line="+36"/>
        <source>switches on mTOR</source>
        <extracomment>Where the spark burns, where the fire stands, and where the embers set off (logical px).</extracomment>
        <translation>激活mTOR</translation>
    </message>
    <message>
        <location filename="../../scenes/hit_and_run.py" line="-141"/>
        <source>new spines</source>
        <translation>新生树突棘</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Clinical forms</source>
        <translation>临床应用形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ketamine is a mix of two mirror-image forms, S and R</source>
        <translation>氯胺酮是S、R两种互为镜像的对映异构体的消旋混合物</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved</source>
        <translation>已获批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal spray, {dose:g} mg</source>
        <translation>鼻喷雾剂，{dose:g} mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given under close monitoring: dissociation and a transient rise in blood pressure. Unsuitable for patients with some vascular diseases.</source>
        <translation>须在严密监测下给药：可出现分离性副作用和一过性血压升高。不适用于患有某些血管疾病的患者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under study</source>
        <translation>研究中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Infusion, 0.5 mg/kg (model)</source>
        <translation>输注，0.5 mg/kg（模型）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Studied, like ketamine&apos;s metabolites, for a longer effect with fewer side effects.</source>
        <translation>与氯胺酮的代谢物一样，它正被研究能否带来更持久的效果和更少的副作用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether it lasts longer is still a research question.</source>
        <translation>其效果是否更持久，仍有待研究。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dissociation (peak)</source>
        <translation>分离症状（峰值）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood pressure (peak)</source>
        <translation>血压（峰值）</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="-27"/>
        <source>Ketamine silences interneurons</source>
        <translation>氯胺酮使中间神经元沉默</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-dose ketamine blocks NMDA receptors on GABA interneurons first</source>
        <translation>低剂量氯胺酮首先阻断GABA能中间神经元上的NMDA受体</translation>
    </message>
    <message>
        <location filename="../../story/scenes/interneuron_blockade.py" line="-14"/>
        <source>Escitalopram does not block NMDA receptors</source>
        <translation>艾司西酞普兰不阻断NMDA受体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} in the brain: {conc:.2f} µM</source>
        <translation>脑内{drug}：{conc:.2f} µM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Block against {drug} in the brain</source>
        <translation>阻断程度与脑内{drug}浓度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Interneurons quieting</source>
        <translation>中间神经元渐趋沉默</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interneuron block at its peak</source>
        <translation>中间神经元阻断达峰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block wearing off</source>
        <translation>阻断逐渐消退</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No drug in the brain: the interneuron fires steadily and its GABA keeps the pyramidal neuron in check.</source>
        <translation>脑内没有药物：中间神经元稳定放电，其释放的GABA使锥体神经元处于抑制之下。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escitalopram does not block NMDA receptors: the interneuron fires steadily and its GABA keeps the pyramidal neuron in check.</source>
        <translation>艾司西酞普兰不阻断NMDA受体：中间神经元稳定放电，其释放的GABA使锥体神经元处于抑制之下。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No {drug} in the brain: the interneuron fires steadily and its GABA keeps the pyramidal neuron in check.</source>
        <translation>脑内没有{drug}：中间神经元稳定放电，其释放的GABA使锥体神经元处于抑制之下。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>As {drug} washes out the block wears off ({block:.0%} of receptors still plugged): the interneurons fire faster and their GABA brake returns.</source>
        <translation>随着{drug}被清除，阻断逐渐消退（受体中有{block:.0%}仍被阻断）：中间神经元重新加快放电，其GABA抑制随之恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{Drug} arrives and plugs {block:.0%} of the interneurons&apos; NMDA receptors: they slow to {rate:.0%} of their usual rate and release less GABA.</source>
        <translation>{Drug}到达，中间神经元的NMDA受体中有{block:.0%}被阻断：其放电减慢至平时的{rate:.0%}，释放的GABA减少。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>At the peak {block:.0%} of the interneurons&apos; NMDA receptors are plugged but only {pyr:.0%} of the pyramidal cell&apos;s: a low dose acts on interneurons first.</source>
        <translation>峰值时，中间神经元的NMDA受体有{block:.0%}被阻断，而锥体细胞的受体仅有{pyr:.0%}被阻断：低剂量首先作用于中间神经元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the peak {block:.0%} of the interneurons&apos; NMDA receptors are plugged, and at this high dose {pyr:.0%} of the pyramidal cell&apos;s own too.</source>
        <translation>峰值时，中间神经元的NMDA受体有{block:.0%}被阻断；在这一高剂量下，锥体细胞自身的NMDA受体中有{pyr:.0%}也被阻断。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>this step</source>
        <translation>这一步</translation>
    </message>
    <message>
        <location filename="../../scenes/interneuron_blockade.py" line="-126"/>
        <location filename="../../story/names.py" line="-46"/>
        <source>ketamine</source>
        <extracomment>The curves&apos; names, right of the plot: inside it the moving cursor would cross them. Seconds of 1x playback between one ketamine leaving a cell&apos;s channel and the next entering.
----------
The drug as a word inside a sentence (&quot;As {drug} washes out ...&quot;).</extracomment>
        <translation>氯胺酮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pyramidal neuron</source>
        <translation>锥体神经元</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>NMDA plugged: {n} of {total}</source>
        <translation>NMDA受体被阻断：{n}/{total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GABA release {rate:.0%} of baseline</source>
        <translation>GABA释放为基线的{rate:.0%}</translation>
    </message>
    <message>
        <location filename="../../scenes/other_hypotheses.py" line="+3"/>
        <location line="+2"/>
        <location filename="../../story/scenes/overview.py" line="-50"/>
        <source>{value:.0%} of receptors</source>
        <translation>受体的{value:.0%}</translation>
    </message>
    <message>
        <location filename="../../scenes/interneuron_blockade.py" line="+21"/>
        <source>Interneurons</source>
        <translation>中间神经元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pyramidal cells</source>
        <translation>锥体细胞</translation>
    </message>
    <message>
        <location filename="../../story/evidence.py" line="-8"/>
        <location filename="../../story/names.py" line="-8"/>
        <source>Ketamine in brain</source>
        <extracomment>Each step&apos;s name (the overview&apos;s card labels: one translation each).
----------
The drug&apos;s concentration as a link of the chain and a gauge&apos;s label: the picture names the drug the lecturer chose, never &quot;ketamine&quot; for all of them.</extracomment>
        <translation>脑内氯胺酮</translation>
    </message>
    <message>
        <location filename="../../scenes/interneuron_blockade.py" line="+27"/>
        <source>Pyramidal neuron</source>
        <translation>锥体神经元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhibitory GABA synapse</source>
        <translation>抑制性GABA能突触</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NMDA receptors plugged</source>
        <translation>被阻断的NMDA受体</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>interneurons</source>
        <translation>中间神经元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pyramidal cells</source>
        <translation>锥体细胞</translation>
    </message>
    <message>
        <location filename="../../story/evidence.py" line="+1"/>
        <location filename="../../story/scenes/overview.py" line="-2"/>
        <source>NMDA block on interneurons</source>
        <translation>中间神经元NMDA阻断</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../story/scenes/overview.py" line="+4"/>
        <source>Interneurons fall silent</source>
        <translation>中间神经元沉默</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../story/scenes/overview.py" line="+4"/>
        <source>Pyramidal cells disinhibited</source>
        <translation>锥体细胞去抑制</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../story/scenes/overview.py" line="+2"/>
        <location line="+45"/>
        <source>Glutamate surge</source>
        <translation>谷氨酸激增</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>established</source>
        <translation>已确立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supported</source>
        <translation>有证据支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested</source>
        <translation>有争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rodent</source>
        <translation>啮齿类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in vitro</source>
        <translation>体外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H</source>
        <extracomment>The short marks drawn beside an arrow.</extracomment>
        <translation>人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>鼠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iv</source>
        <translation>体外</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../story/scenes/overview.py" line="-38"/>
        <source>BDNF translated</source>
        <translation>BDNF翻译</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../story/scenes/overview.py" line="+4"/>
        <source>mTOR switched on</source>
        <translation>mTOR激活</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../story/scenes/overview.py" line="+2"/>
        <source>Synaptic proteins made</source>
        <translation>突触蛋白合成</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../story/scenes/overview.py" line="+4"/>
        <source>New dendritic spines</source>
        <translation>新生树突棘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ketamine blocks NMDA receptors; the selectivity for interneurons at low doses is a modelling choice of this app, following the article.</source>
        <extracomment>The notes of ``EVIDENCE``, marked for translation (a test keeps the two in step).</extracomment>
        <translation>氯胺酮阻断NMDA受体；低剂量下优先作用于中间神经元，是本应用依照原文所做的建模选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interneurons fall silent first: shown with MK-801 in rats (Homayoun 2007), for ketamine itself only in later rodent work.</source>
        <translation>中间神经元先沉默：最初是在大鼠中用MK-801证明的（Homayoun 2007），氯胺酮本身的证据仅来自后来的啮齿类研究。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less inhibition lets pyramidal cells fire more: recorded in rodent cortex and hippocampal slices.</source>
        <translation>抑制减弱使锥体神经元放电增多：已在啮齿类皮层和海马脑片中记录到。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracellular glutamate rises within the hour: microdialysis in rats, magnetic resonance spectroscopy in people.</source>
        <translation>细胞外谷氨酸在一小时内升高：大鼠中由微透析测得，人体中由磁共振波谱测得。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AMPA antagonist NBQX abolishes ketamine&apos;s effects in rodents: AMPA receptors carry the signal on.</source>
        <translation>AMPA受体拮抗剂NBQX可在啮齿类中消除氯胺酮的作用：信号由AMPA受体向下传递。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the two hypotheses differ: Autry 2011 has NMDA block at rest switch off eEF2 kinase with no glutamate burst; the article routes it through AMPA.</source>
        <translation>两种假说在此分歧：Autry 2011认为静息状态下的NMDA受体阻断直接关闭eEF2激酶，无需谷氨酸激增；原文则经由AMPA受体。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less eEF2 phosphorylation lets dendritic BDNF mRNA be translated within 30 min in mice.</source>
        <translation>eEF2磷酸化减少后，小鼠树突中的BDNF mRNA在30分钟内即被翻译。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutralising released BDNF blocks the effect in rats; people with the Met allele, which releases less BDNF, respond less.</source>
        <translation>在大鼠中中和释放出的BDNF可阻断疗效；携带Met等位基因（BDNF释放较少）的人疗效较差。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrkB signals through Akt and ERK to mTOR: ketamine activates mTOR within the hour in rat prefrontal cortex.</source>
        <translation>TrkB经Akt和ERK向mTOR传递信号：氯胺酮在一小时内激活大鼠前额叶皮层的mTOR。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mTOR drives synthesis of PSD-95, GluA1 and synapsin within hours in rats; rapamycin stops it.</source>
        <translation>mTOR在数小时内驱动大鼠合成PSD-95、GluA1和突触素；雷帕霉素可阻止这一过程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More spines within 24 h in rat prefrontal cortex, also after chronic stress.</source>
        <translation>24小时内大鼠前额叶皮层的树突棘增多，慢性应激后亦然。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New spines sustain the effect but are not needed for its onset in mice; in people lower synapse density goes with severity (imaging, correlational).</source>
        <translation>在小鼠中，新生树突棘维持疗效，但起效并不需要它们；在人体中，突触密度越低病情越重（影像学，相关性证据）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NBQX given before ketamine abolishes its antidepressant-like effect in rodents.</source>
        <translation>在啮齿类中，先给予NBQX可消除氯胺酮的抗抑郁样作用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An antibody that neutralises BDNF, or deleting BDNF or TrkB, abolishes the effect in rodents.</source>
        <translation>在啮齿类中，用抗体中和BDNF，或敲除BDNF或TrkB，均可消除疗效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapamycin abolishes the effect in rodents, but in the one human trial it did not block ketamine at 24 h and prolonged the response at 2 weeks.</source>
        <translation>雷帕霉素可在啮齿类中消除疗效，但在唯一一项人体试验中，它在24小时时并未阻断氯胺酮的作用，反而使2周时的疗效更持久。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{blocker} at {step}</source>
        <extracomment>Scene id -&gt; beat key -&gt; the observable whose incoming link the beat is about.</extracomment>
        <translation>{blocker}作用于“{step}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence, {link}: {level} ({species}); {ref}. {note}</source>
        <translation>证据（{link}）：{level}（{species}）；{ref}。{note}</translation>
    </message>
    <message>
        <location filename="../../story/names.py" line="+74"/>
        <source>Rapamycin here re-enacts a rodent experiment (Li 2010). In people it did not block ketamine at 24 h and prolonged the response at 2 weeks (Abdallah 2020).</source>
        <translation>此处的雷帕霉素重现的是一项啮齿类实验（Li 2010）。在人体中，它在24小时时并未阻断氯胺酮的作用，反而使2周时的疗效更持久（Abdallah 2020）。</translation>
    </message>
    <message>
        <location filename="../../scenes/evidence_view.py" line="+60"/>
        <source>rodent experiment</source>
        <extracomment>Solid, dashed, dotted: how sure the link is.</extracomment>
        <translation>啮齿类实验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in people: not blocked (Abdallah 2020)</source>
        <translation>人体中：未被阻断（Abdallah 2020）</translation>
    </message>
    <message>
        <location filename="../../story/scenes/overview.py" line="+2"/>
        <source>{value:.0%} of healthy</source>
        <translation>健康水平的{value:.0%}</translation>
    </message>
    <message>
        <location filename="../../scenes/spine_growth.py" line="+198"/>
        <location filename="../../story/evidence.py" line="-78"/>
        <location filename="../../story/scenes/overview.py" line="+1"/>
        <source>Symptom relief</source>
        <translation>症状缓解</translation>
    </message>
    <message>
        <location filename="../../story/scenes/overview.py" line="-24"/>
        <source>firing {value:.0%} of baseline</source>
        <translation>放电为基线的{value:.0%}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{value:.0%} of max. relief</source>
        <translation>最大缓解的{value:.0%}</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="-14"/>
        <source>The whole cascade</source>
        <extracomment>The scenes in teaching order.</extracomment>
        <translation>级联反应全貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From one dose of ketamine to new synapses and lasting relief</source>
        <translation>从一剂氯胺酮到新突触与持久缓解</translation>
    </message>
    <message>
        <location filename="../../story/scenes/overview.py" line="-34"/>
        <source>Drug in brain</source>
        <translation>脑内药物</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Glutamate falls instead of surging</source>
        <translation>谷氨酸不升反降</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../story/scenes/spine_growth.py" line="+57"/>
        <source>Most spines restored</source>
        <translation>大部分树突棘已恢复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drug almost gone, rebuilding goes on</source>
        <translation>药物几近清除，重建仍在继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug almost gone</source>
        <translation>药物几近清除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At {clock}, </source>
        <translation>{clock}时，</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chain is at rest: nothing has been set in motion yet, or everything has settled back.</source>
        <translation>级联处于静息状态：要么尚未启动，要么一切已恢复原状。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{link} ({reading})</source>
        <translation>{link}（{reading}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{names} cuts the chain: everything after its link stays at rest.</source>
        <translation>{names}切断了级联：其作用环节之后的一切都保持静息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>most active now: {links}.</source>
        <translation>此刻最活跃的环节：{links}。</translation>
    </message>
    <message>
        <location filename="../../scenes/overview.py" line="-126"/>
        <source>drug</source>
        <extracomment>Which node each blocker cuts (the arrow into it carries the cut mark). The glossary entry a node&apos;s card opens (hovered or clicked in the window).</extracomment>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhibitory (GABA)</source>
        <translation>抑制性（GABA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excitatory (glutamate)</source>
        <translation>兴奋性（谷氨酸）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth signal</source>
        <translation>生长信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synapses and mood</source>
        <translation>突触与情绪</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Side effects follow the drug (gone within hours)</source>
        <translation>副作用随药物消长（数小时内消退）</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="+31"/>
        <source>New spines: the branches leaf again</source>
        <translation>新生树突棘：枯枝重发新叶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withered dendrites sprout new synapses within hours; they last for days</source>
        <translation>萎缩的树突在数小时内长出新突触，并可维持数天</translation>
    </message>
    <message>
        <location filename="../../story/scenes/spine_growth.py" line="-9"/>
        <source>Chain cut: no new spines</source>
        <translation>级联被切断：无新生树突棘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half the lost spines back</source>
        <translation>丢失的树突棘已恢复一半</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Halfway to the peak</source>
        <translation>升至峰值的一半</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine density at its peak</source>
        <translation>树突棘密度达峰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New spines begin to sprout</source>
        <translation>新树突棘开始萌出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New spines recede</source>
        <translation>新树突棘消退</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value:+.0%} over baseline</source>
        <translation>较基线{value:+.0%}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{names} cuts the chain before the spines: no building blocks arrive, so no new spines sprout ({count} of {healthy}, {density:.0%} of healthy).</source>
        <translation>{names}在树突棘形成之前切断了级联：构建材料无法到位，因此没有新树突棘萌出（{count}/{healthy}个，健康水平的{density:.0%}）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 new spine has sprouted and is maturing ({count} of {healthy}, {density:.0%} of healthy) while synaptic proteins stay {proteins}.</source>
        <translation>已萌出1个新树突棘，正在成熟（{count}/{healthy}个，健康水平的{density:.0%}），突触蛋白维持在{proteins}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} new spines have sprouted and are maturing ({count} of {healthy}, {density:.0%} of healthy) while synaptic proteins stay {proteins}.</source>
        <translation>已萌出{new}个新树突棘，正在成熟（{count}/{healthy}个，健康水平的{density:.0%}），突触蛋白维持在{proteins}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relief comes first from the new proteins strengthening existing synapses; the new spines sustain it: {relief:.0%} of the model&apos;s maximum.</source>
        <translation>缓解首先来自新合成的蛋白质对已有突触的增强；新树突棘使缓解得以维持：达到模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location filename="../../scenes/spine_growth.py" line="+7"/>
        <source>share of the model&apos;s largest relief</source>
        <translation>占模型最大缓解程度的比例</translation>
    </message>
    <message>
        <location filename="../../story/scenes/spine_growth.py" line="-16"/>
        <source>The new spines have receded: the branch is back to {count} of {healthy} spines as the extra synaptic proteins ({proteins}) run out; symptom relief has faded to {relief:.0%} of the model&apos;s maximum.</source>
        <translation>新生树突棘已消退：随着额外的突触蛋白（{proteins}）耗尽，该分支回到{count}/{healthy}个树突棘；症状缓解已减弱至模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The extra synaptic proteins slowly decay ({proteins}) and new spines recede: {count} of {healthy} spines remain, symptom relief {relief:.0%} of the model&apos;s maximum.</source>
        <translation>额外的突触蛋白缓慢降解（{proteins}），新树突棘随之消退：剩余{count}/{healthy}个树突棘，症状缓解为模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location filename="../../scenes/spine_growth.py" line="+90"/>
        <source>share of a healthy branch</source>
        <translation>占健康树突分支的比例</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>change from baseline</source>
        <translation>相对基线的变化</translation>
    </message>
    <message>
        <location filename="../../story/scenes/spine_growth.py" line="-4"/>
        <source>Chronic stress has thinned this branch to {count} of {healthy} spines ({density:.0%} of healthy). Synaptic proteins {proteins}: the building blocks for new spines are only starting to gather.</source>
        <translation>慢性应激使该分支的树突棘减少到{count}/{healthy}个（健康水平的{density:.0%}）。突触蛋白{proteins}：构建新树突棘的材料才刚开始聚集。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A healthy branch has no stress-lost spines to restore: ketamine adds a few beyond the healthy {healthy} (now {count}), and with little to improve the model predicts only modest relief: {relief:.0%}.</source>
        <translation>健康的分支没有因应激丢失的树突棘需要恢复：氯胺酮在健康水平的{healthy}个之外再增加几个（现为{count}个）；由于可改善的余地很小，模型只预测轻度的缓解：{relief:.0%}。</translation>
    </message>
    <message>
        <location filename="../../scenes/spine_growth.py" line="-210"/>
        <source>dendrite and its spines</source>
        <extracomment>The branch and its spines (tests compare this region between frames).</extracomment>
        <translation>树突及其树突棘</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+177"/>
        <source>new spine</source>
        <translation>新树突棘</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>lost to stress</source>
        <translation>因应激丢失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synaptic proteins</source>
        <translation>突触蛋白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symptom relief</source>
        <translation>症状缓解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>被阻断</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A dendrite of a pyramidal neuron in prefrontal cortex</source>
        <translation>前额叶皮层锥体神经元的一段树突</translation>
    </message>
    <message>
        <location filename="../../scenes/art_tree.py" line="+59"/>
        <location filename="../../scenes/spine_growth.py" line="+2"/>
        <source>cell body</source>
        <translation>胞体</translation>
    </message>
    <message>
        <location filename="../../scenes/spine_growth.py" line="+4"/>
        <source>mature (mushroom) spine</source>
        <translation>成熟（蘑菇状）树突棘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost to chronic stress</source>
        <translation>因慢性应激丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>healthy thickness</source>
        <translation>健康时的粗细</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spines on this branch</source>
        <translation>该分支上的树突棘</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>of {healthy} on a healthy branch</source>
        <translation>个，健康树突分支为{healthy}个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+{new} new since the dose</source>
        <translation>给药后新增{new}个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lost} lost to chronic stress</source>
        <translation>因慢性应激丢失{lost}个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none lost</source>
        <translation>无丢失</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="-4"/>
        <location filename="../../scenes/spine_growth.py" line="+6"/>
        <location filename="../../scenes/two_timescales.py" line="-41"/>
        <source>Spine density</source>
        <translation>树突棘密度</translation>
    </message>
    <message>
        <location filename="../../scenes/spine_growth.py" line="+7"/>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="-4"/>
        <location filename="../../scenes/spine_growth.py" line="+3"/>
        <source>Synaptic proteins</source>
        <translation>突触蛋白</translation>
    </message>
    <message>
        <location filename="../../scenes/spine_growth.py" line="+15"/>
        <source>cut the chain: no new spines</source>
        <translation>切断了级联：无新树突棘</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="-27"/>
        <source>Two time scales: chemistry in hours, relief in weeks</source>
        <translation>两种时间尺度：化学变化以小时计，症状缓解以周计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why “rapid” matters: relief waits for the wiring, not the chemistry</source>
        <translation>“速效”为何重要：缓解要等线路重建，而不是化学变化</translation>
    </message>
    <message>
        <location filename="../../scenes/two_timescales.py" line="-179"/>
        <source>SSRI</source>
        <translation>SSRI</translation>
    </message>
    <message>
        <location filename="../../story/scenes/two_timescales.py" line="+26"/>
        <source>SSRI: serotonin up</source>
        <translation>SSRI：5-羟色胺升高</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{drug}: relief within a day</source>
        <translation>{drug}：一天内出现缓解</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{drug}: relief rising</source>
        <translation>{drug}：缓解逐渐增强</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSRI: autoreceptors half desensitised</source>
        <translation>SSRI：半数自身受体脱敏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSRI: relief finally arrives</source>
        <translation>SSRI：缓解终于出现</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{clock}: the first SSRI dose has not yet raised serotonin (×{level:.2f}); there is no relief.</source>
        <translation>{clock}：首剂SSRI尚未提高5-羟色胺（×{level:.2f}），也还没有缓解。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: the SSRI raises serotonin to ×{level:.1f} but brings no relief: {reason}.</source>
        <translation>{clock}：SSRI将5-羟色胺提高到基线的{level:.1f}倍，却没有带来缓解：{reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: after weeks of adaptation, the SSRI&apos;s relief has reached {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{clock}：经过数周的适应，SSRI的缓解已达模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: the SSRI&apos;s feedback autoreceptors have half desensitised, yet its relief is only {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{clock}：SSRI作用下的反馈性自身受体已脱敏一半，缓解却仍只有模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: the SSRI raised serotonin within hours (×{level:.1f}), yet its relief waits on weeks of adaptation.</source>
        <translation>{clock}：SSRI在数小时内就提高了5-羟色胺（×{level:.1f}），缓解却要等待数周的适应。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{drug} brings no relief: {reason}.</source>
        <translation>{drug}没有带来缓解：{reason}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} adds a few spines to a healthy cortex; relief is {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{drug}为健康皮层增添了少量树突棘；缓解为模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug} is regrowing lost spines: relief is already {relief:.0%} of the model&apos;s maximum.</source>
        <translation>{drug}正在使丢失的树突棘再生：缓解已达模型最大值的{relief:.0%}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug}&apos;s regrown spines and its relief are fading ({relief:.0%} of the model&apos;s maximum).</source>
        <translation>{drug}再生的树突棘和缓解正在消退（为模型最大值的{relief:.0%}）。</translation>
    </message>
    <message>
        <location filename="../../scenes/two_timescales.py" line="+15"/>
        <source>serotonin</source>
        <translation>5-羟色胺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSRI on SERT</source>
        <translation>SSRI结合SERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autoreceptor</source>
        <translation>自身受体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spine</source>
        <translation>树突棘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spine lost to stress</source>
        <translation>因应激丢失的树突棘</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+198"/>
        <source>SSRI relief</source>
        <translation>SSRI缓解</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>ketamine relief</source>
        <translation>氯胺酮缓解</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>{value:.0%} of full</source>
        <translation>完全脱敏的{value:.0%}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Relief, % of max.</source>
        <translation>缓解（占最大值%）</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>More transmitter within hours; slow adaptation over weeks</source>
        <translation>数小时内递质增多；数周内缓慢适应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regrowing lost synapses: synaptogenesis</source>
        <translation>让丢失的突触再生：突触发生</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSRI — the chemical soup</source>
        <translation>SSRI——化学汤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One time ruler</source>
        <translation>同一时间标尺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>serotonin terminal</source>
        <translation>5-羟色胺能末梢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleft</source>
        <translation>间隙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receiving neuron</source>
        <translation>接收神经元</translation>
    </message>
    <message>
        <location filename="../../scenes/art_tree.py" line="-2"/>
        <source>dendrite</source>
        <translation>树突</translation>
    </message>
    <message>
        <location filename="../../scenes/two_timescales.py" line="+48"/>
        <location line="+5"/>
        <source>Serotonin in the cleft</source>
        <translation>突触间隙5-羟色胺</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Autoreceptors</source>
        <translation>自身受体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value:.0%} desensitised</source>
        <translation>已脱敏{value:.0%}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SERT blocked by the SSRI</source>
        <translation>SERT被SSRI阻断</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{drug} — living wiring</source>
        <translation>{drug}——活性线路</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spine density (healthy = 100%)</source>
        <translation>树突棘密度（健康=100%）</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Stress-lost spines regrown</source>
        <translation>因应激丢失的树突棘再生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic stress {stress:.0%}: spines start at {start:.0%} of healthy</source>
        <translation>慢性应激{stress:.0%}：树突棘起始为健康水平的{start:.0%}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{drug} relief</source>
        <translation>{drug}缓解</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSRI serotonin</source>
        <translation>SSRI5-羟色胺</translation>
    </message>
    <message>
        <location filename="../../story/regimens.py" line="-19"/>
        <source>Ketamine 0.5 mg/kg IV over 40 min</source>
        <translation>氯胺酮0.5 mg/kg，静脉输注40分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esketamine 56 mg intranasal</source>
        <translation>艾司氯胺酮56 mg，鼻内给药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esketamine 84 mg intranasal</source>
        <translation>艾司氯胺酮84 mg，鼻内给药</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esketamine 56 mg twice weekly, 4 weeks</source>
        <translation>艾司氯胺酮 56 mg，每周两次，共4周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arketamine 0.5 mg/kg IV over 40 min</source>
        <translation>R-氯胺酮0.5 mg/kg，静脉输注40分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSRI (escitalopram 10 mg) daily for 6 weeks</source>
        <translation>SSRI（艾司西酞普兰10 mg），每日一次，共6周</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anaesthetic ketamine 2 mg/kg IV bolus</source>
        <translation>麻醉剂量氯胺酮2 mg/kg，静脉推注</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="+34"/>
        <source>AMPA-receptor antagonist: cuts the chain after the glutamate surge</source>
        <translation>AMPA受体拮抗剂：在谷氨酸激增之后切断级联</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks BDNF&apos;s receptor TrkB: cuts the chain after BDNF release</source>
        <translation>阻断脑源性神经营养因子（BDNF）的受体TrkB：在BDNF释放之后切断级联</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mTOR inhibitor: cuts the chain at mTOR</source>
        <translation>mTOR抑制剂：在mTOR处切断级联</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="+66"/>
        <source>A frame</source>
        <extracomment>(kind, label, formats with their file filters)</extracomment>
        <translation>单帧画面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered PNG frames (folder)</source>
        <translation>编号 PNG 帧（文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slide deck</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>PowerPoint 幻灯片 (*.pptx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An HTML player</source>
        <translation>HTML 播放器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web page to upload or open in a browser (*.html)</source>
        <translation>网页，可上传到课程平台或在浏览器中打开 (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printable worksheet</source>
        <translation>可打印的练习单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF worksheet of the study questions (*.pdf)</source>
        <translation>学习题目的 PDF 练习单 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot data</source>
        <translation>曲线图数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots as PNG (*.png)</source>
        <translation>PNG 格式曲线图 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots as SVG (*.svg)</source>
        <translation>SVG 格式曲线图 (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every beat of the scenes ticked below</source>
        <extracomment>what a deck shows: (scope, label)</extracomment>
        <translation>下方勾选场景的每个关键时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current scene only</source>
        <translation>仅当前场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the beats ticked below</source>
        <translation>仅下方勾选的关键时刻</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="+74"/>
        <source>Dark</source>
        <extracomment>Each scene&apos;s entry by id, in teaching order. The app&apos;s languages: code -&gt; the language&apos;s own name (as the language menu shows it). Their codes, as ``--lang``, lessons and export requests take them. Each theme&apos;s name and its label as menus show it (the colours are in app.scenes.theme).</extracomment>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector (light)</source>
        <translation>投影（浅色）</translation>
    </message>
    <message>
        <location filename="../../model/observables.py" line="-31"/>
        <source>Plasma drug</source>
        <translation>血浆药物浓度</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>µM</source>
        <translation>µM</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../scenes/other_hypotheses.py" line="-88"/>
        <source>NMDA block, interneurons</source>
        <translation>中间神经元NMDA阻断</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>fraction</source>
        <extracomment>Units, each marked once.</extracomment>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../scenes/other_hypotheses.py" line="+1"/>
        <source>NMDA block, pyramidal</source>
        <translation>锥体神经元NMDA阻断</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>× baseline</source>
        <translation>×基线</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>p-eEF2</source>
        <translation>磷酸化eEF2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TrkB activation</source>
        <translation>TrkB激活</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serotonin</source>
        <translation>5-羟色胺</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>× healthy</source>
        <translation>×健康值</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fraction of maximum</source>
        <translation>占最大值的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of the model&apos;s maximal relief</source>
        <translation>占模型最大缓解的比例</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brain drug (follows plasma)</source>
        <translation>脑内药物（随血浆变化）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>SERT occupancy</source>
        <translation>SERT占有率</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../scenes/two_timescales.py" line="-58"/>
        <source>Autoreceptor desensitisation</source>
        <translation>自身受体脱敏</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="+33"/>
        <source>Next beat, then next scene (clicker)</source>
        <translation>下一个关键时刻，之后进入下一场景（翻页笔）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous beat, then previous scene (clicker)</source>
        <translation>上一个关键时刻，之后回到上一场景（翻页笔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the scene</source>
        <translation>场景开头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the scene</source>
        <translation>场景结尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen on or off</source>
        <translation>开启/关闭全屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen or presenter mode</source>
        <translation>退出全屏或演示模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter mode on or off</source>
        <translation>开启/关闭演示模式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black screen (presenter mode)</source>
        <translation>黑屏（演示模式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White screen (presenter mode)</source>
        <translation>白屏（演示模式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large captions on or off (presenter mode)</source>
        <translation>开启/关闭大字幕（演示模式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laser pointer on or off (presenter mode)</source>
        <translation>开启/关闭激光笔（演示模式）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the evidence behind each link (overview)</source>
        <translation>显示每个环节背后的证据（总览）</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Play or pause; presenting: play on to the next beat</source>
        <extracomment>(action name, keys, description): the one list behind the window&apos;s keyed actions, the help dialog and the README&apos;s table. Keys are written as QKeySequence reads them.</extracomment>
        <translation>播放/暂停；演示时：继续播放到下一个关键时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back; presenting: previous beat</source>
        <translation>后退一步；演示时：上一个关键时刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step forward; presenting: play on to the next beat</source>
        <translation>前进一步；演示时：继续播放到下一个关键时刻</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jump to scene 1 to 9</source>
        <translation>跳转到第 1 至 9 个场景</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study mode on or off: a question before each key moment</source>
        <translation>开启或关闭学习模式：每个关键时刻之前先答一道题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare mode on or off: scenario B drawn beside A (versus)</source>
        <translation>开启/关闭对比模式：方案 B 与方案 A 并排显示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next theme: dark, light projector, high contrast (remembered)</source>
        <translation>切换到下一个主题：深色、投影（浅色）、高对比度（会被记住）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker notes window</source>
        <translation>演讲者备注窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change of the scenario</source>
        <translation>撤销对情景的上一次更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change undone</source>
        <translation>重做已撤销的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the lesson (also from the speaker notes)</source>
        <translation>保存课程（在演讲者备注窗口中也可以）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the lesson under another name</source>
        <translation>将课程另存为其他名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the lesson: its scenes, their order, where it starts</source>
        <translation>编辑课程：包含哪些场景、顺序以及从哪里开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a frame, clip, slide deck or plot data</source>
        <translation>导出画面、片段、幻灯片或曲线图数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list of shortcuts</source>
        <translation>快捷键列表</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Link</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>证据等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Species</source>
        <translation>物种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well each link of the chain is established. Established: shown repeatedly, in people where it matters; supported: shown, mostly in rodents; contested: results disagree or a rival explanation fits as well. View &gt; Show evidence (E) draws the overview this way: solid, dashed and dotted arrows.</source>
        <translation>级联中每个环节的证据有多可靠。已确立：经反复证实，关键之处有人体证据；有证据支持：已有证据，主要来自啮齿类；有争议：结果不一致，或另一种解释同样说得通。“视图 &gt; 显示证据”（E）按此绘制总览：实线、虚线和点线箭头。</translation>
    </message>
    <message>
        <location filename="../../story/timefmt.py" line="+42"/>
        <source>min</source>
        <extracomment>Unit words of readouts (``+35 min``, ``2 d``), translated like any picture text.</extracomment>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>w</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../export/deck.py" line="+173"/>
        <location filename="../../export/html.py" line="+159"/>
        <location filename="../../export/worksheet.py" line="+64"/>
        <location line="+26"/>
        <source>Ketamine Cascade</source>
        <translation>氯胺酮级联</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{clock} after the dose starts</source>
        <translation>给药开始后{clock}</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="+1"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../scenes/other_hypotheses.py" line="-55"/>
        <source>NMDA block at rest, without a burst</source>
        <translation>静息状态下的NMDA受体阻断，无需活动爆发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocking NMDA receptors of resting pyramidal cells switches off eEF2 kinase directly: BDNF is made with no glutamate surge.</source>
        <translation>阻断静息锥体细胞的NMDA受体即可直接关闭eEF2激酶：无需谷氨酸激增就能合成BDNF。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autry 2011, Nature: in mice the effect needs eEF2 kinase and rapid BDNF translation.</source>
        <translation>Autry 2011，Nature：在小鼠中，疗效依赖eEF2激酶和BDNF的快速翻译。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A glutamate surge is measured in rats and in people, and NBQX abolishes the effect (Moghaddam 1997; Milak 2016; Maeng 2008).</source>
        <translation>在大鼠和人体中都测到了谷氨酸激增，而且NBQX可消除疗效（Moghaddam 1997；Milak 2016；Maeng 2008）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bursts in the lateral habenula</source>
        <translation>外侧缰核的簇状放电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In depression, habenula neurons fire in bursts that silence reward centres; ketamine&apos;s NMDA block stops the bursts.</source>
        <translation>抑郁时，缰核神经元以簇状放电抑制奖赏中枢；氯胺酮阻断NMDA受体，从而终止这种簇状放电。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yang 2018, Nature: blocking NMDA receptors in the habenula alone gave a rapid effect in rodent models.</source>
        <translation>Yang 2018，Nature：在啮齿类模型中，仅阻断缰核的NMDA受体即可快速起效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rodents only so far, and the block fades with the drug: Ma 2023 (Nature) proposes ketamine stays trapped in habenula NMDA channels.</source>
        <translation>目前仅有啮齿类证据，且阻断随药物消退：Ma 2023（Nature）提出氯胺酮滞留在缰核NMDA受体通道中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A metabolite: hydroxynorketamine</source>
        <translation>代谢物：羟基去甲氯胺酮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(2R,6R)-hydroxynorketamine, made from ketamine in the body, acts through AMPA receptors without blocking NMDA receptors.</source>
        <translation>(2R,6R)-羟基去甲氯胺酮由氯胺酮在体内代谢生成，通过AMPA受体起作用，而不阻断NMDA受体。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zanos 2016, Nature: it worked alone in mice, and ketamine that forms less of it worked less.</source>
        <translation>Zanos 2016，Nature：它在小鼠中单独使用即有效，而较少生成该代谢物的氯胺酮效果较弱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suzuki 2017, Nature: it does block NMDA receptors at higher levels. This model has no metabolites.</source>
        <translation>Suzuki 2017，Nature：它在较高浓度下确实会阻断NMDA受体。本模型不含代谢物。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opioid receptors</source>
        <translation>阿片受体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ketamine also binds opioid receptors; part of the relief might be an opioid effect.</source>
        <translation>氯胺酮也能与阿片受体结合；部分缓解作用可能来自阿片效应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Williams 2018, Am J Psychiatry: naltrexone given first blocked the relief in a small trial.</source>
        <translation>Williams 2018，Am J Psychiatry：在一项小型试验中，预先给予纳曲酮阻断了缓解作用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yoon 2019, JAMA Psychiatry: patients already taking naltrexone still improved (a small case series).</source>
        <translation>Yoon 2019，JAMA Psychiatry：已在服用纳曲酮的患者仍然好转（小型病例系列）。</translation>
    </message>
    <message>
        <location filename="../../story/catalogue.py" line="-36"/>
        <source>Is this the whole story? Other hypotheses</source>
        <translation>这就是全部吗？其他假说</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article&apos;s chain is the spine of this app; four rival explanations, for and against</source>
        <translation>原文的级联是本应用的主线；另有四种解释，各有支持与反对的证据</translation>
    </message>
    <message>
        <location filename="../../story/scenes/other_hypotheses.py" line="-11"/>
        <source>No drug: nothing to explain</source>
        <translation>未给药：无需解释</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These hypotheses are about ketamine</source>
        <translation>这些假说针对的是氯胺酮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NMDA block fades</source>
        <translation>NMDA受体阻断消退</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{clock}: at its peak the drug blocks {inter:.0%} of the interneurons&apos; NMDA receptors and {pyr:.0%} of the pyramidal cells&apos;. Block at rest (Autry 2011): the pyramidal block alone switches off eEF2 kinase, no burst needed.</source>
        <translation>{clock}：药物峰值时，中间神经元的NMDA受体中有{inter:.0%}被阻断，锥体细胞的受体中仅有{pyr:.0%}。静息阻断假说（Autry 2011）：仅锥体细胞上的阻断就能关闭eEF2激酶，无需活动爆发。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clock}: the NMDA block is down to {inter:.0%} of the interneurons&apos; receptors, and no relief follows in this run: {reason}. The habenula hypothesis (Yang 2018) would act through the block itself.</source>
        <translation>{clock}：中间神经元的NMDA受体中仅有{inter:.0%}仍被阻断，而本次模拟不会出现缓解：{reason}。缰核假说（Yang 2018）会依靠阻断本身起作用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clock}: the NMDA block is down to {inter:.0%} of the interneurons&apos; receptors, and relief is still building. The habenula hypothesis (Yang 2018) acts through the block itself, so it must explain why relief outlasts it.</source>
        <translation>{clock}：中间神经元的NMDA受体中仅有{inter:.0%}仍被阻断，而缓解仍在积累。缰核假说（Yang 2018）依靠阻断本身起作用，因此必须解释缓解为何比阻断持续更久。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{clock}: {drug} is essentially gone ({share:.1%} of its peak). Ketamine&apos;s metabolite hydroxynorketamine outlasts the drug in the blood, which is why Zanos 2016 proposed it as the real antidepressant; this model has no metabolites.</source>
        <translation>{clock}：{drug}已基本清除（为峰值的{share:.1%}）。氯胺酮的代谢物羟基去甲氯胺酮在血液中留存得比药物更久，因此Zanos 2016提出它才是真正的抗抑郁成分；本模型不含代谢物。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{clock}: relief peaks at {relief:.0%} of the model&apos;s maximum, about when trials measure it. Naltrexone blocked it in one small trial (Williams 2018) but not in another report (Yoon 2019): whether opioids take part is open.</source>
        <translation>{clock}：缓解达到峰值，为模型最大值的{relief:.0%}，大约正是临床试验测量的时间。纳曲酮在一项小型试验中阻断了缓解（Williams 2018），在另一份报告中却没有（Yoon 2019）：阿片系统是否参与仍无定论。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{clock}: an SSRI blocks no NMDA receptors; the rival explanations on the right are about ketamine. Choose ketamine or esketamine to follow them.</source>
        <translation>{clock}：SSRI不阻断NMDA受体；右侧的几种解释针对的是氯胺酮。请选择氯胺酮或艾司氯胺酮来跟随它们。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: no drug is given, so there is no effect for any hypothesis to explain.</source>
        <translation>{clock}：未给药，因此没有需要任何假说来解释的效应。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: the chain of the previous scenes is the spine of this app. Four other explanations are studied; each card says what supports it and what speaks against it.</source>
        <translation>{clock}：前几个场景中的级联是本应用的主线。另有四种解释正在研究中；每张卡片列出支持和反对它的证据。</translation>
    </message>
    <message>
        <location filename="../../scenes/other_hypotheses.py" line="+26"/>
        <source>the hypothesis in focus</source>
        <translation>当前讨论的假说</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What the model says</source>
        <translation>模型能说明什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug as a share of its peak, block as a share of receptors, relief as a share of the model&apos;s maximum</source>
        <translation>药物以占峰值的比例表示，阻断以受体所占比例表示，缓解以占模型最大值的比例表示</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{value:.0%} of peak</source>
        <translation>峰值的{value:.0%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block, interneurons</source>
        <translation>阻断，中间神经元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block, pyramidal</source>
        <translation>阻断，锥体细胞</translation>
    </message>
    <message>
        <location filename="../../export/provenance.py" line="+63"/>
        <source>Drug: none</source>
        <translation>药物：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>single dose</source>
        <translation>单次给药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug: {summary}</source>
        <translation>药物：{summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {doses}</source>
        <translation>，{doses}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body weight: {kg:g} kg; stress: {stress:g} (0 healthy, 1 chronic)</source>
        <translation>体重：{kg:g} kg；应激：{stress:g}（0 为健康，1 为慢性应激）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blockers: {names}</source>
        <translation>阻断剂：{names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blockers: none</source>
        <translation>阻断剂：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated for {duration} from the first dose</source>
        <translation>模拟时长：自首次给药起 {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scene: {scene} at {hours} h ({clock})</source>
        <translation>场景：{scene}，{hours} 小时（{clock}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model version {version} (scenario format {schema})</source>
        <translation>模型版本 {version}（情景格式 {schema}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made with {software} on {date}</source>
        <translation>由 {software} 于 {date} 生成</translation>
    </message>
    <message>
        <location filename="../../export/html.py" line="+2"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous beat</source>
        <translation>上一个关键时刻</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next beat</source>
        <translation>下一个关键时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time along the scene</source>
        <translation>场景时间轴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the page in another language</source>
        <translation>以另一种语言显示本页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the first beat</source>
        <translation>第一个关键时刻之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{scene} at {clock}: {caption}</source>
        <translation>{scene}，{clock}：{caption}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys: Space play or pause; Left and Right step; PageUp and PageDown (or Up and Down) the previous or next beat, then scene; Home and End the start and end; a number key, that scene.</source>
        <translation>按键：空格 播放或暂停；左右方向键 逐帧移动；PageUp 和 PageDown（或上下方向键）上一个或下一个关键时刻，之后换场景；Home 和 End 开头和结尾；数字键 对应场景。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this file</source>
        <translation>关于此文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario: {summary}</source>
        <translation>方案：{summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures: {count} frames at {width}x{height} drawn by {software} on {date}; captions as the app shows them at each frame&apos;s time.</source>
        <translation>画面：{count} 帧，{width}x{height}，由 {software} 于 {date} 绘制；说明文字与应用在每帧时刻显示的相同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario as JSON: saved as a .json file and opened with File &gt; Open scenario…, it makes these pictures again.</source>
        <translation>方案的 JSON：保存为 .json 文件，再用“文件 &gt; 打开方案…”打开，即可重新生成这些画面。</translation>
    </message>
    <message>
        <location filename="../../story/experiments.py" line="+36"/>
        <source>lower in B than in A</source>
        <extracomment>B differs from A when the two part by more than this share of the observable&apos;s typical range: a difference a student sees on the plots, not a rounding error.</extracomment>
        <translation>B 低于 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher in B than in A</source>
        <translation>B 高于 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about the same in A and B</source>
        <translation>A 与 B 大致相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model reproduces this</source>
        <translation>模型重现了这一结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model reproduces this in part</source>
        <translation>模型部分重现了这一结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model does NOT reproduce this</source>
        <translation>模型未能重现这一结果</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A: {a}. B: {b}.</source>
        <extracomment>The line of :func:`experiment_summary` saying whether the model reproduces the finding.</extracomment>
        <translation>A：{a}。B：{b}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the paper found: {finding}</source>
        <translation>文献发现：{finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{verdict}: {note}</source>
        <translation>{verdict}：{note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at: {observable} at {clock}, scene {number}; the paper has it {direction}.</source>
        <translation>请看：场景 {number} 中 {clock} 时的{observable}。文献结果：{direction}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources: {refs}</source>
        <translation>文献：{refs}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With the blocker, everything after its target stays at baseline, so no synaptic proteins, no new spines and no relief; everything before it (drug, glutamate surge) is unchanged.</source>
        <translation>加入阻断剂后，其靶点下游的各环节都停留在基线：没有突触蛋白合成，没有新生树突棘，也没有症状缓解；其上游环节（药物、谷氨酸激增）不受影响。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rapamycin blocks ketamine in rats (Li 2010)</source>
        <translation>雷帕霉素在大鼠中阻断氯胺酮的作用（Li 2010）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>the same, with rapamycin given before it</source>
        <translation>同上，但预先给予雷帕霉素</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>In rats, rapamycin (an mTOR inhibitor) infused into the brain before ketamine abolished the rise of synaptic proteins, the new spines in prefrontal cortex and the antidepressant-like effect.</source>
        <translation>在大鼠中，于氯胺酮之前向脑内注入雷帕霉素（mTOR 抑制剂），可消除突触蛋白的增加、前额叶皮层新生的树突棘以及抗抑郁样效应。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rapamycin does not block ketamine in people (Abdallah 2020)</source>
        <translation>在人体中雷帕霉素并未阻断氯胺酮的作用（Abdallah 2020）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the one human trial, oral rapamycin 2 h before ketamine did not block its antidepressant effect at 24 h; two weeks later more patients still responded with rapamycin than without.</source>
        <translation>在唯一一项人体试验中，于氯胺酮给药前 2 小时口服雷帕霉素，并未阻断其 24 小时的抗抑郁效应；两周后，合用雷帕霉素者仍有应答的患者反而多于未合用者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model and this trial disagree. The model&apos;s rapamycin cuts the chain at mTOR as in rats, so B gets no relief at all, while the patients improved as much as without it. Why is open: an oral dose may block too little mTOR in the brain, and rapamycin also calms inflammation, which the model leaves out.</source>
        <translation>模型与这项试验的结果不一致。模型中的雷帕霉素与大鼠实验一样在 mTOR 处切断级联，因此 B 完全没有缓解；而试验中的患者与未用雷帕霉素时改善得一样多。原因尚无定论：口服剂量在脑内对 mTOR 的抑制可能不足，而且雷帕霉素还能减轻炎症，这一点模型没有纳入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AMPA receptors carry the signal: NBQX (Maeng 2008)</source>
        <translation>AMPA 受体传递信号：NBQX 实验（Maeng 2008）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same, with the AMPA antagonist NBQX given before it</source>
        <translation>同上，但预先给予 AMPA 受体拮抗剂 NBQX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In mice, the AMPA receptor antagonist NBQX given before ketamine abolished its antidepressant-like effect, though ketamine still blocked NMDA receptors.</source>
        <translation>在小鼠中，于氯胺酮之前给予 AMPA 受体拮抗剂 NBQX，可消除其抗抑郁样效应，尽管氯胺酮仍然阻断 NMDA 受体。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No BDNF, no effect (Autry 2011, Lepack 2015)</source>
        <translation>没有 BDNF 就没有疗效（Autry 2011，Lepack 2015）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same, with BDNF neutralised or TrkB blocked</source>
        <translation>同上，但中和 BDNF 或阻断 TrkB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mice lacking BDNF or TrkB did not respond to ketamine (Autry 2011), and an antibody neutralising BDNF in the prefrontal cortex of rats blocked the effect (Lepack 2015).</source>
        <translation>缺乏 BDNF 或 TrkB 的小鼠对氯胺酮无反应（Autry 2011）；在大鼠前额叶皮层注入中和 BDNF 的抗体，可阻断其效应（Lepack 2015）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Antidepressant versus anaesthetic dose (Moghaddam 1997)</source>
        <translation>抗抑郁剂量与麻醉剂量（Moghaddam 1997）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In rats, sub-anaesthetic doses of ketamine raised extracellular glutamate in prefrontal cortex, while an anaesthetic dose did not raise it and lowered it instead: an inverted U.</source>
        <translation>在大鼠中，亚麻醉剂量的氯胺酮使前额叶皮层细胞外谷氨酸升高，而麻醉剂量不仅没有使其升高，反而使其降低：呈倒 U 形关系。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At the anaesthetic dose ketamine also blocks the pyramidal cells&apos; NMDA receptors, so they cannot fire the burst; glutamate falls below baseline while the drug is high, and no relief follows.</source>
        <translation>在麻醉剂量下，氯胺酮也会阻断锥体细胞的 NMDA 受体，使其无法产生爆发性放电；药物浓度较高时谷氨酸降至基线以下，随后也没有症状缓解。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSRI versus ketamine: weeks versus a day</source>
        <translation>SSRI 与氯胺酮：数周与一天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One ketamine infusion relieved depression within a day (Zarate 2006); with a daily SSRI, response took weeks, on average almost six (Trivedi 2006).</source>
        <translation>单次输注氯胺酮在一天之内即可缓解抑郁（Zarate 2006）；每日服用 SSRI 则需数周才起效，平均接近六周（Trivedi 2006）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ketamine&apos;s relief peaks at about a day and fades over one to two weeks; the SSRI&apos;s builds over weeks as the autoreceptors desensitise and is highest near week six.</source>
        <translation>氯胺酮的缓解作用约在一天时达到高峰，并在一到两周内消退；SSRI 的缓解作用随自身受体脱敏在数周内逐渐累积，约在第六周达到最高。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esketamine versus arketamine</source>
        <translation>艾司氯胺酮与阿氯胺酮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esketamine 0.5 mg/kg IV over 40 min</source>
        <translation>艾司氯胺酮0.5 mg/kg，静脉输注40分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In rodents, arketamine (R) had a stronger and longer antidepressant-like effect than esketamine (S), though it blocks NMDA receptors about four times more weakly. In people only esketamine is approved; arketamine is still in trials.</source>
        <translation>在啮齿动物中，阿氯胺酮（R 型）的抗抑郁样效应比艾司氯胺酮（S 型）更强、更持久，尽管它对 NMDA 受体的阻断作用约弱四倍。在人体中，只有艾司氯胺酮获批上市；阿氯胺酮仍处于临床试验阶段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model starts everything from NMDA block, so the weaker blocker arketamine gives less relief at the same dose. The routes proposed for arketamine (its metabolites, other receptors) are not in the model; scene 8 names them.</source>
        <translation>模型中的一切都始于 NMDA 阻断，因此在相同剂量下，阻断作用较弱的阿氯胺酮带来的缓解更少。为阿氯胺酮提出的其他途径（其代谢物、其他受体）不在模型之中；场景 8 介绍了这些假说。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One dose versus twice weekly</source>
        <translation>单次给药与每周两次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One dose helps for days and fades within about a week; ketamine twice a week (Singh 2016) or esketamine twice a week for four weeks (Popova 2019) kept patients improved for as long as the doses went on.</source>
        <translation>单次给药的疗效持续数天，约一周内消退；每周两次给予氯胺酮（Singh 2016）或连续四周每周两次给予艾司氯胺酮（Popova 2019），则在持续给药期间始终维持患者的改善。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each dose starts new rebuilding before the last has faded, so relief stays high for the four weeks. The model has no tolerance and no placebo response, so its plateau is steadier than a trial&apos;s.</source>
        <translation>每次给药都在上一次的作用消退之前启动新的重建，因此四周内缓解始终维持在高水平。模型不含耐受和安慰剂反应，所以它的平台期比临床试验中的更平稳。</translation>
    </message>
    <message>
        <location filename="../../export/compared.py" line="+63"/>
        <source>{side}: {text}</source>
        <translation>{side}：{text}</translation>
    </message>
    <message>
        <location filename="../../story/scenes/dose_window.py" line="-38"/>
        <source>Moghaddam 1997 (rats): sub-anaesthetic doses raise prefrontal glutamate, an anaesthetic dose lowers it.</source>
        <extracomment>The antidepressant window: doses whose relief the day after reaches this share of the sweep&apos;s best (a modelling choice of where &quot;works&quot; begins, said so in the picture). The top dose&apos;s surge must stay under this share of the best for the sweep to count as an inverted U (a slow route can keep the surge up to the highest dose).</extracomment>
        <translation>Moghaddam 1997（大鼠）：亚麻醉剂量升高前额叶谷氨酸，麻醉剂量则使其降低。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By this route the model&apos;s surge holds up to {top} mg/kg: no clear inverted U.</source>
        <translation>经此途径给药，模型中的激增一直维持到 {top} mg/kg：没有明显的倒U形。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here the surge is largest near {best} mg/kg.</source>
        <translation>本模型中激增在约 {best} mg/kg 时最大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At {top} mg/kg the drug reaches the brain through low levels first, so a brief rise comes before glutamate falls to {low:.0%} of baseline.</source>
        <translation>在 {top} mg/kg 时，脑内药物浓度先经过低浓度阶段，因此谷氨酸先短暂升高，随后降至基线的{low:.0%}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At {top} mg/kg glutamate only falls, to {low:.0%} of baseline.</source>
        <translation>在 {top} mg/kg 时谷氨酸只降不升，降至基线的{low:.0%}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A large nasal dose comes as many 28 mg sprays 5 minutes apart, so brain levels climb slowly; the rat got one injection.</source>
        <translation>大剂量鼻喷需分成多个 28 mg 喷雾装置、每隔 5 分钟给药，因此脑内浓度缓慢上升；而大鼠只接受了一次注射。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An oral dose is absorbed slowly and mostly lost on the way, so brain levels stay low; the rat got one injection.</source>
        <translation>口服剂量吸收缓慢，且大部分在途中损失，因此脑内浓度始终较低；而大鼠只接受了一次注射。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brain levels climb slowly enough that the surge keeps up with them.</source>
        <translation>脑内浓度上升足够缓慢，激增得以持续。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The surge at its peak</source>
        <translation>激增达峰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The highest dose: glutamate at its lowest</source>
        <translation>最高剂量：谷氨酸降至最低</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relief half built at this dose</source>
        <translation>当前剂量的缓解达到一半</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day after: relief measured</source>
        <translation>次日：测量缓解</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{clock}: no drug is given. The dose window sweeps the dose of an NMDA drug: choose ketamine, esketamine or arketamine.</source>
        <translation>{clock}：未给药。剂量窗口扫描的是NMDA受体阻断药的剂量：请选择氯胺酮、艾司氯胺酮或阿氯胺酮。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: the dose window is for the NMDA drugs (ketamine, esketamine, arketamine); {drug} blocks no NMDA receptors.</source>
        <translation>{clock}：剂量窗口只针对NMDA受体阻断药（氯胺酮、艾司氯胺酮、阿氯胺酮）；{drug}不阻断NMDA受体。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{clock}: this dose ({dose} mg/kg) lies outside the sweep; the surge is largest near {best} mg/kg.</source>
        <translation>{clock}：当前剂量（{dose} mg/kg）超出扫描范围；激增在约 {best} mg/kg 时最大。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{clock}: at {top} mg/kg glutamate is down to {low:.0%} of baseline, as anaesthetic doses lower it in rats (Moghaddam 1997). At this dose: {glu:.2f}x.</source>
        <translation>{clock}：在 {top} mg/kg 时谷氨酸降至基线的{low:.0%}，与大鼠中麻醉剂量使其降低一致（Moghaddam 1997）。当前剂量：{glu:.2f}倍。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clock}: at {dose} mg/kg relief is {relief:.0%} of the model&apos;s maximum and still building; the surge is long over.</source>
        <translation>{clock}：在 {dose} mg/kg 时缓解为模型最大值的{relief:.0%}，且仍在增强；激增早已结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: at {dose} mg/kg relief is {relief:.0%} of the model&apos;s maximum, dissociation peaked at {diss:.0%} of maximum, pressure at +{bp:.0f} mmHg. Window: {lo} to {hi} mg/kg.</source>
        <translation>{clock}：{dose} mg/kg 时缓解为模型最大值的{relief:.0%}，分离症状峰值为最大值的{diss:.0%}，血压升高+{bp:.0f} mmHg。窗口：{lo} 至 {hi} mg/kg。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clock}: no dose brings relief in this run: {reason}.</source>
        <translation>{clock}：本次模拟中任何剂量都不带来缓解：{reason}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: at {dose} mg/kg glutamate is {glu:.2f}x baseline. By this route the surge holds up to {top} mg/kg; in rats an anaesthetic dose lowered it (Moghaddam 1997).</source>
        <translation>{clock}：在 {dose} mg/kg 时谷氨酸为基线的{glu:.2f}倍。经此途径，激增一直维持到 {top} mg/kg；而在大鼠中麻醉剂量使其降低（Moghaddam 1997）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clock}: at {dose} mg/kg glutamate is {glu:.2f}x baseline. The surge is largest near {best} mg/kg, smaller at lower and higher doses (Moghaddam 1997).</source>
        <translation>{clock}：在 {dose} mg/kg 时谷氨酸为基线的{glu:.2f}倍。激增在约 {best} mg/kg 时最大，剂量更低或更高时都较小（Moghaddam 1997）。</translation>
    </message>
    <message>
        <location filename="../../scenes/compare.py" line="+119"/>
        <source>Both sides draw the same two courses here; the rows below compare A and B</source>
        <extracomment>Each side&apos;s art: the scene&apos;s ART_RECT scaled to half the canvas.</extracomment>
        <translation>此场景两侧画的是同一对疗程；下方各行比较A与B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare: the same moment in two runs</source>
        <translation>对比：两次模拟的同一时刻</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Experiment: {title}</source>
        <translation>实验：{title}</translation>
    </message>
    <message>
        <location filename="../../story/compare_story.py" line="-47"/>
        <source>the AMPA receptors</source>
        <extracomment>Two values of an observable differ when they part by more than this share of its typical range: rounding and the model&apos;s tiny numerical noise stay &quot;the same&quot;. The link of the chain each blocker cuts (the caption says &quot;the chain is cut at ...&quot;).</extracomment>
        <translation>AMPA 受体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TrkB</source>
        <translation>TrkB</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>same as A</source>
        <translation>与 A 相同</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{per_kg:.2g} mg/kg</source>
        <translation>{per_kg:.2g} mg/kg</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{drug} {dose}</source>
        <extracomment>At most this many differing numbers in one caption (a hall reads three, not six).</extracomment>
        <translation>{drug} {dose}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{mg:g} mg</source>
        <translation>{mg:g} mg</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>one dose</source>
        <translation>单次给药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without {name}</source>
        <translation>不加{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stress {share:.0%}</source>
        <translation>应激 {share:.0%}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kg:g} kg</source>
        <translation>{kg:g} kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days:g} days simulated</source>
        <translation>模拟 {days:g} 天</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>B is the same scenario as A: the two pictures are identical.</source>
        <translation>B 与 A 是同一方案：两幅画面完全相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B ({b}) and A do not differ here: this scene&apos;s numbers are the same, e.g. {label} {value} in both.</source>
        <translation>此刻 B（{b}）与 A 没有差别：本场景的各项数值相同，例如{label}两者均为 {value}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {b} vs {a}</source>
        <translation>{label} {b} 对 {a}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With {b} (B vs A): {numbers}.</source>
        <translation>B（{b}）对 A：{numbers}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The chain is cut at {links}.</source>
        <translation>信号链在{links}处被切断。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain is cut at {links}; the same as in A: {unchanged}.</source>
        <translation>信号链在{links}处被切断；与 A 相同的有：{unchanged}。</translation>
    </message>
    <message>
        <location filename="../../export/deck_questions.py" line="+76"/>
        <source>Question: ask the audience to predict, then show the next slide.</source>
        <translation>提问：请听众先作预测，再放下一张幻灯片。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer: {letter}, {text}</source>
        <translation>答案：{letter}，{text}</translation>
    </message>
    <message>
        <location filename="../../export/worksheet.py" line="-26"/>
        <source>Worksheet</source>
        <translation>练习单</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Worksheet: predict, then watch</source>
        <translation>练习单：先预测，再观看</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: ______________________    Class: ____________</source>
        <translation>姓名：______________________    班级：____________</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each question stops a scene just before a key moment. Look at the picture, read the question and tick the box of the answer you predict. Then watch the scene play on. The answer key with explanations is on the last pages.</source>
        <translation>每道题都把场景停在一个关键时刻之前。请先看图、读题，在你预测的答案前的方框内打勾，然后观看场景继续播放。答案与解析附在最后几页。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} questions</source>
        <translation>共 {count} 道题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question {number}</source>
        <translation>第 {number} 题</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Answer key</source>
        <translation>答案与解析</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question {number}: {letter}  {answer}</source>
        <translation>第 {number} 题：{letter}  {answer}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{software}  ·  page {number}</source>
        <translation>{software}  ·  第 {number} 页</translation>
    </message>
    <message>
        <location filename="../../ui/export_scopes.py" line="+21"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>美国信纸（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../../ui/question_editor.py" line="+42"/>
        <source>Which way a quantity goes</source>
        <extracomment>Each kind of question as the editor names it.</extracomment>
        <translation>某个量朝哪个方向变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which link a blocker cuts</source>
        <translation>阻断剂切断了哪个环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left once the drug is gone</source>
        <translation>药物消失后还剩下什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another choice</source>
        <translation>其他选择题</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../../ui/captions.py" line="+24"/>
        <source>Explanation of the current picture</source>
        <translation>当前画面的讲解</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Next: {beat} at {clock} (Page Down)</source>
        <translation>接下来：{clock}，{beat}（Page Down）</translation>
    </message>
</context>
<context>
    <name>CompareControls</name>
    <message>
        <location filename="../../ui/compare.py" line="+125"/>
        <source>Compare: draw B beside A</source>
        <translation>对比：在 A 旁边显示 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both scenarios are simulated and every scene is drawn for both, A on the left, B on the right (V)</source>
        <translation>两个方案都会模拟，每个场景都为两者绘制：A 在左，B 在右（V）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy A to B</source>
        <translation>将 A 复制到 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B becomes the scenario on the A page; then change it</source>
        <translation>B 设为 A 页上的方案，然后再修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the plots, B is the dashed line.</source>
        <translation>曲线图中，B 为虚线。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario B</source>
        <translation>方案 B</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../ui/controls.py" line="+34"/>
        <source>Clinical preset</source>
        <translation>临床预设方案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a preset…</source>
        <translation>选择预设…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Route</source>
        <translation>给药途径</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Dose per administration</source>
        <translation>单次给药剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Body weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="-52"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion time (IV)</source>
        <translation>输注时间（静脉）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of doses</source>
        <translation>给药次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between doses</source>
        <translation>给药间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated span</source>
        <translation>模拟时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> d</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chronic stress</source>
        <translation>慢性应激</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 = healthy, 100 = chronic stress (fewer spines)</source>
        <translation>0 = 健康，100 = 慢性应激（树突棘较少）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset All</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the starting scenario: ketamine 0.5 mg/kg IV, chronic stress, no blockers (undoable)</source>
        <translation>回到初始情景：氯胺酮0.5 mg/kg静脉给药，慢性应激，无阻断剂（可撤销）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with the chosen values</source>
        <translation>所选数值有问题</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infusion time</source>
        <translation>输注时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses</source>
        <translation>给药次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate</source>
        <translation>模拟时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress</source>
        <translation>应激</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blockers (cut the chain at one link)</source>
        <translation>阻断剂（在某一环节切断级联）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name}: {low:g} to {high:g}{unit}</source>
        <translation>{name}：{low:g}至{high:g}{unit}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>= {value:.2g} mg/kg</source>
        <translation>= {value:.2g} mg/kg</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not applied: {reason}</source>
        <translation>未应用：{reason}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../errors/catalogue.py" line="+18"/>
        <source>route: {value} does not suit drug {drug}; allowed: {allowed}</source>
        <translation>route：{value} 不适用于药物 {drug}；可选：{allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dose_mg: {value} is too large for {drug}; allowed 0 to {limit} mg</source>
        <translation>dose_mg：{value} 对 {drug} 而言过大；允许范围为 0 至 {limit} mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infusion_min: {minutes} min is longer than dose_interval_h ({hours} h); infusions would overlap</source>
        <translation>infusion_min：{minutes} 分钟长于 dose_interval_h（{hours} 小时）；各次输注会相互重叠</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../errors/catalogue_questions.py" line="+27"/>
        <location filename="../../errors/lesson_templates.py" line="+11"/>
        <source>unknown field(s) {names}; allowed: {allowed}</source>
        <translation>未知字段 {names}；允许的字段：{allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scenario: expected a JSON object, got {type}</source>
        <translation>方案：应为 JSON 对象，实际为 {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema_version: {version} is not supported; this version of the app reads {supported}</source>
        <translation>schema_version：不支持 {version}；此版本的应用只能读取 {supported}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scenario: {detail}</source>
        <translation>方案：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenario: not valid JSON: {problem} (line {line}, column {column})</source>
        <translation>方案：不是有效的 JSON：{problem}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scenario: not valid JSON (nested too deeply)</source>
        <translation>方案：不是有效的 JSON（嵌套过深）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scenario: the number {digits}... ({count} digits) is far too large for a scenario</source>
        <translation>方案：数字 {digits}…（{count} 位）对方案来说太大了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scenario: {constant} is not a number a scenario can hold</source>
        <translation>方案：{constant} 不是方案可接受的数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {value} is not one of {allowed}</source>
        <translation>{name}：{value} 不在可选范围内；可选：{allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {value} is not a number; allowed {low} to {high}</source>
        <translation>{name}：{value} 不是数字；允许范围为 {low} 至 {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {value} is out of range; allowed {low} to {high}</source>
        <translation>{name}：{value} 超出范围；允许范围为 {low} 至 {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {value} is not a whole number; allowed {low} to {high}</source>
        <translation>{name}：{value} 不是整数；允许范围为 {low} 至 {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blockers: {value} is not a list; allowed any of {allowed}</source>
        <translation>blockers：{value} 不是列表；可从 {allowed} 中任选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scenario file {path}</source>
        <translation>方案文件 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson file {path}</source>
        <translation>课程文件 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} does not exist</source>
        <translation>{file} 不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>无法读取{file}（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is a folder, not a file</source>
        <translation>{file} 是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a regular file (a device or a named pipe?)</source>
        <translation>{file} 不是普通文件（是设备或命名管道？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is too large (at most {limit} MB)</source>
        <translation>{file} 过大（最多 {limit} MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is too large ({size} bytes; at most {limit} MB)</source>
        <translation>{file} 过大（{size} 字节；最多 {limit} MB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not a text file (it holds binary data)</source>
        <translation>{file} 不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not UTF-8 text (bad byte at {position})</source>
        <translation>{file} 不是 UTF-8 文本（位置 {position} 处有无效字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a named pipe (FIFO) that nothing reads from</source>
        <translation>它是一个没有读取方的命名管道（FIFO）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a file (a socket?)</source>
        <translation>它不是文件（是套接字？）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be replaced (it is locked or immutable)</source>
        <translation>无法替换该文件（文件被锁定或不可更改）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is not writable</source>
        <translation>文件夹不可写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be written</source>
        <translation>文件无法写入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid cross-device link</source>
        <translation>无效的跨设备链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} (system error {errno})</source>
        <translation>系统错误 {errno}（{text}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system error: {text}</source>
        <translation>系统错误：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expecting value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应为用双引号括起的属性名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应为分隔符 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应为分隔符 &apos;,&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting at</source>
        <translation>字符串从此处开始，但没有结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <translation>此处有无效的控制字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \uXXXX escape</source>
        <translation>无效的 \uXXXX 转义序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>多余的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma</source>
        <translation>多余的结尾逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable JSON ({text})</source>
        <translation>无法读取的 JSON（{text}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>null</source>
        <translation>空值 null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true/false</source>
        <translation>布尔值 true/false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {type}</source>
        <translation>{type} 类型的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time (hours)</source>
        <translation>时间（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time (hours)</source>
        <translation>开始时间（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time (hours)</source>
        <translation>结束时间（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} and {more} more</source>
        <translation>{names} 等（另有 {more} 个）</translation>
    </message>
    <message>
        <location filename="../../errors/lesson_templates.py" line="-3"/>
        <source>{file}: {error}</source>
        <translation>{file}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson file: {error}</source>
        <translation>课程文件：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenario: {error}</source>
        <translation>方案：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &apos;notes&apos;: a scene id and a beat key must be text</source>
        <translation>字段 &apos;notes&apos;：场景 ID 和关键时刻键都必须是文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lesson: too large to save ({size} bytes; the limit is 2 MB): shorten the notes</source>
        <translation>课程：过大，无法保存（{size} 字节；上限为 2 MB）：请缩短备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;scenario&apos; must be a Scenario, got {kind}</source>
        <translation>字段 &apos;scenario&apos; 必须是 Scenario，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;scenario&apos; must be an object, got {kind}</source>
        <translation>字段 &apos;scenario&apos; 必须是对象，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;comparison&apos;: {error}</source>
        <translation>字段 &apos;comparison&apos;：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &apos;comparison&apos; needs an object &apos;scenario&apos; (scenario B), got {kind}</source>
        <translation>字段 &apos;comparison&apos; 需要对象 &apos;scenario&apos;（方案 B），实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;start_scene&apos;: {value} is not among the shown scenes ({scenes})</source>
        <translation>字段 &apos;start_scene&apos;：{value} 不在显示的场景之中（{scenes}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;scenes&apos; must be a list of scene ids, got {kind}</source>
        <translation>字段 &apos;scenes&apos; 必须是场景 ID 的列表，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;scenes&apos; is empty; at least one scene must be shown</source>
        <translation>字段 &apos;scenes&apos; 为空；至少要显示一个场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;scenes&apos; lists {scenes} more than once</source>
        <translation>字段 &apos;scenes&apos; 重复列出了 {scenes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;notes&apos; must be an object of scene ids, got {kind}</source>
        <translation>字段 &apos;notes&apos; 必须是以场景 ID 为键的对象，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;notes&apos; holds {count} notes; at most {limit}</source>
        <translation>字段 &apos;notes&apos; 含有 {count} 条备注；最多 {limit} 条</translation>
    </message>
    <message>
        <location filename="../../errors/catalogue_questions.py" line="-17"/>
        <source>question {id}: {error}</source>
        <translation>题目 {id}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question number {number}: {error}</source>
        <translation>第 {number} 题：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice number {number}: {error}</source>
        <translation>第 {number} 个选项：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out of the lesson (the rest of the lesson is kept): {error}</source>
        <translation>已从课程中略去（课程的其余内容保留）：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>questions: expected a list of questions, got {kind}</source>
        <translation>questions：应为题目列表，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>questions: {count} questions; at most {limit}</source>
        <translation>questions：共 {count} 道题，最多 {limit} 道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an earlier question has the same id; each id must be different</source>
        <translation>前面已有题目使用相同的 id；每个 id 必须不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>questions: expected study questions, got {kind}</source>
        <translation>questions：应为学习题目，实际为{kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an object, got {kind}</source>
        <translation>应为对象，实际为{kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field &apos;{field}&apos; is missing</source>
        <translation>缺少字段“{field}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../errors/lesson_templates.py" line="+2"/>
        <source>field &apos;{field}&apos; must be text, got {kind}</source>
        <translation>字段“{field}”必须是文本，实际为{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &apos;{field}&apos;: {value} is not an id (lower-case letters, digits, - and _, at most 64)</source>
        <translation>字段“{field}”：{value} 不是有效的 id（小写字母、数字、- 和 _，最多 64 个字符）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scene: {value} is not a scene id; allowed: {scenes}</source>
        <translation>scene：{value} 不是场景 id；可用的场景：{scenes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind: {value} is not one of {allowed}</source>
        <translation>kind：{value} 不是 {allowed} 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;{field}&apos;: expected an object with the text in &quot;en&quot; and &quot;zh_CN&quot;, got {kind}</source>
        <translation>字段“{field}”：应为在 &quot;en&quot; 和 &quot;zh_CN&quot; 中给出文字的对象，实际为{kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &apos;{field}&apos;: unknown language(s) {names}; allowed: en, zh_CN</source>
        <translation>字段“{field}”：未知语言 {names}；允许：en、zh_CN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;{field}&apos; has no text in either language</source>
        <translation>字段“{field}”在两种语言中都没有文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../errors/lesson_templates.py" line="+1"/>
        <source>field &apos;{field}&apos; is too long ({length} characters; at most {limit})</source>
        <translation>字段“{field}”过长（{length} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;{field}&apos; holds a broken character</source>
        <translation>字段“{field}”含有损坏的字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choices: expected a list of choices, got {kind}</source>
        <translation>choices：应为选项列表，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} choices; a question has 2 to 6</source>
        <translation>共 {count} 个选项；每道题应有 2 至 6 个选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} choices are marked correct; exactly one must be</source>
        <translation>有 {count} 个选项被标为正确；必须恰好一个正确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correct: expected true or false, got {kind}</source>
        <translation>correct：应为 true 或 false，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two choices have the key {key}; each key must be different</source>
        <translation>有两个选项的 key 都是 {key}；每个 key 必须不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links: expected a list of evidence links, got {kind}</source>
        <translation>links：应为证据环节列表，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links: {value} is not an evidence link of the model (source&gt;target)</source>
        <translation>links：{value} 不是模型中的证据环节（来源&gt;目标）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links: {count} links; at most {limit}</source>
        <translation>links：共 {count} 个环节，最多 {limit} 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper: {value} is not one of {allowed}</source>
        <translation>纸张：{value} 不是 {allowed} 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a worksheet needs at least one question</source>
        <translation>练习单至少需要一道题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option} applies to a pdf worksheet, not to {format}</source>
        <translation>{option} 只适用于 pdf 练习单，不适用于 {format}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--questions applies to a pptx deck, not to {format}</source>
        <translation>--questions 只适用于 pptx 幻灯片，不适用于 {format}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pdf worksheet always holds the questions; leave out --questions (it adds question slides to a pptx deck)</source>
        <translation>PDF练习单总是包含题目；请去掉 --questions（它用于在pptx幻灯片中加入提问页）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pdf worksheet takes its frames from the questions; leave out --scene, --beats, --time, --from, --to, --duration, --fps and --size</source>
        <translation>pdf 练习单的画面由题目决定；请不要给出 --scene、--beats、--time、--from、--to、--duration、--fps 和 --size</translation>
    </message>
    <message>
        <location filename="../../errors/lesson_templates.py" line="+2"/>
        <source>field &apos;{field}&apos; holds a broken character (a lone surrogate)</source>
        <translation>字段 &apos;{field}&apos; 含有损坏的字符（孤立的代理项）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;{field}&apos;: {value} is not one of {allowed}</source>
        <translation>字段 &apos;{field}&apos;：{value} 不在可选范围内；可选：{allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;{field}&apos;: {value} is not a scene id; the scenes are {scenes}</source>
        <translation>字段 &apos;{field}&apos;：{value} 不是场景 ID；可用的场景为 {scenes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;{field}&apos; must be a beat key (text), got {kind}</source>
        <translation>字段 &apos;{field}&apos; 必须是关键时刻键（文本），实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &apos;{field}&apos;: {value} is not a beat key (lower-case letters, digits and hyphens, such as &apos;glutamate-peak&apos;)</source>
        <translation>字段 &apos;{field}&apos;：{value} 不是关键时刻键（应由小写字母、数字和连字符组成，例如 &apos;glutamate-peak&apos;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a beat key in the notes of {scene} must be a beat key (text), got {kind}</source>
        <translation>{scene} 的备注中，关键时刻键必须是文本，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a beat key in the notes of {scene}: {value} is not a beat key (lower-case letters, digits and hyphens, such as &apos;glutamate-peak&apos;)</source>
        <translation>{scene} 的备注中：{value} 不是关键时刻键（应由小写字母、数字和连字符组成，例如 &apos;glutamate-peak&apos;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes of {scene} must be an object of beat keys, got {kind}</source>
        <translation>{scene} 的备注必须是以关键时刻键为键的对象，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected JSON text, got {kind}</source>
        <translation>应为 JSON 文本，实际为{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is too large (a lesson is at most 2 MB)</source>
        <translation>文件过大（课程最大为 2 MB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested too deeply (at most {depth} levels)</source>
        <translation>嵌套过深（最多 {depth} 层）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: {problem} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{problem}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON (the file looks cut short): {problem} (line {line}, column {column})</source>
        <translation>不是有效的 JSON（文件似乎被截断了）：{problem}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top level must be an object, got {kind}</source>
        <translation>顶层必须是对象，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number {digits}... ({count} digits) is far too large for a lesson</source>
        <translation>数字 {digits}...（共 {count} 位）远远超出课程可接受的范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number {number} is too large for a lesson</source>
        <translation>数字 {number} 超出课程可接受的范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{constant} is not a number a lesson can hold</source>
        <translation>{constant} 不是课程可接受的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a scenario file, not a lesson; open it as a scenario</source>
        <translation>这是方案文件，不是课程；请作为方案打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema_version is missing; is this a lesson file?</source>
        <translation>缺少 schema_version；这是课程文件吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema_version must be a whole number, got {kind}</source>
        <translation>schema_version 必须是整数，实际为{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this lesson was saved by a newer version of the app (schema {version}); this version reads schema {supported}</source>
        <translation>此课程由更新版本的应用保存（格式版本 {version}）；此版本只能读取格式版本 {supported}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema_version {version} is not supported; this version reads schema {supported}</source>
        <translation>不支持 schema_version {version}；此版本只能读取格式版本 {supported}</translation>
    </message>
    <message>
        <location filename="../../errors/catalogue.py" line="+2"/>
        <source>{text} is not a time; write e.g. 90min, 1.5h, 2d or 3w (a bare number is hours)</source>
        <translation>{text} 不是时间；请写成 90min、1.5h、2d 或 3w 这样的形式（只写数字表示小时）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a finite time</source>
        <translation>{text} 不是有限的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time {clock} is outside scene {scene}; valid times run from {start} to {end}</source>
        <translation>时间 {clock} 超出场景 {scene} 的范围；有效时间为 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../errors/output_templates.py" line="+9"/>
        <source>unknown scene {scene}; choose from {scenes}</source>
        <translation>未知场景 {scene}；可选：{scenes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown language {value}; choose from {allowed}</source>
        <translation>未知语言 {value}；可选：{allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown theme {value}; choose from {allowed}</source>
        <translation>未知主题 {value}；可选：{allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dose window sweeps only the NMDA drugs (ketamine, esketamine, arketamine), not {drug}</source>
        <translation>剂量窗口只扫描NMDA受体阻断药（氯胺酮、艾司氯胺酮、阿氯胺酮），不包括{drug}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format {value}; choose from {allowed}</source>
        <translation>未知格式 {value}；可选：{allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown spacing {value}; choose from {allowed}</source>
        <translation>未知的帧间隔方式 {value}；可选：{allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size {width}x{height} is out of range; each side must be 16 to {limit} pixels</source>
        <translation>尺寸 {width}x{height} 超出范围；每边必须为 16 至 {limit} 像素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size {size} is not a WIDTHxHEIGHT pair of whole pixels</source>
        <translation>尺寸 {size} 不是以整数像素表示的“宽x高”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the clip runs from {start} to {end}; the end must be later than the start</source>
        <translation>片段从 {start} 到 {end}；结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration {duration} s is out of range; a clip lasts more than 0 and at most {limit} seconds</source>
        <translation>时长 {duration} 秒超出范围；片段时长必须大于 0 秒且不超过 {limit} 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {format} clip cannot have a transparent background; use png for transparency</source>
        <translation>{format} 片段不能有透明背景；需要透明背景请用 png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an MP4 needs an even width and height (H.264 with 4:2:0 colour); {size} is odd, e.g. use {even}</source>
        <translation>MP4 的宽和高必须是偶数（H.264，4:2:0 色度采样）；{size} 含有奇数，可改用 {even} 等尺寸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a deck needs at least one scene</source>
        <translation>幻灯片至少需要一个场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} does not name beats: write SCENE (all its beats) or SCENE:BEAT, e.g. glutamate-burst:peak</source>
        <translation>{value} 不是有效的关键时刻写法：请写 SCENE（该场景的所有关键时刻）或 SCENE:BEAT，例如 glutamate-burst:peak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{beat} is in scene {scene}, which is not in the deck ({scenes})</source>
        <translation>{beat} 属于场景 {scene}，但该场景不在幻灯片中（{scenes}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scene {scene} has no beat {beat} in this scenario; its beats: {beats}</source>
        <translation>在此情景下，场景 {scene} 没有关键时刻 {beat}；它的关键时刻有：{beats}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scene&apos;s step in a lesson is a whole number from 1, got {value}</source>
        <translation>场景在课程中的序号应为从 1 起的整数，收到的是 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scene {scene} is not in the lesson ({scenes})</source>
        <translation>场景 {scene} 不在本课程中（{scenes}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chosen beats leave the deck without a slide</source>
        <translation>所选关键时刻不会产生任何幻灯片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML player needs at least one scene</source>
        <translation>HTML 播放器至少需要一个场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML player&apos;s pictures can be at most {limit} pixels wide or high, to keep the file small enough to upload; {size} is larger (e.g. use 1280x720)</source>
        <translation>HTML 播放器的画面宽高最多 {limit} 像素，以便文件小到可以上传；{size} 超出了（例如改用 1280x720）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no scenario B to compare: got {kind}</source>
        <translation>没有可供对比的方案 B：实际为{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no output path given</source>
        <translation>未给出输出路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose where to save the export</source>
        <translation>请选择导出文件的保存位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{term} {value} is not a number</source>
        <translation>{term}的值 {value} 不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{term} {value} is not a finite number</source>
        <translation>{term}的值 {value} 不是有限的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame rate {fps} is out of range; {format} clips take a whole number of frames per second from 1 to {limit}</source>
        <translation>帧率 {fps} 超出范围；{format} 片段的帧率必须是 1 至 {limit} 之间的整数（帧/秒）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a file, not a folder</source>
        <translation>{path} 是文件，不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a file; a PNG clip needs a folder</source>
        <translation>{path} 是文件；PNG 片段需要一个文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder {path} does not exist</source>
        <translation>文件夹 {path} 不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder {path} is not writable</source>
        <translation>文件夹 {path} 不可写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder {path} already holds frame_*.png files; choose an empty or new folder</source>
        <translation>文件夹 {path} 中已有 frame_*.png 文件；请选择空文件夹或新文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot encode the picture as {format}</source>
        <translation>无法将图片编码为 {format}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the video encoder (ffmpeg) stopped</source>
        <translation>视频编码器（ffmpeg）意外停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot make an MP4: {reason}</source>
        <translation>无法生成 MP4：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot export a {type}</source>
        <translation>无法导出 {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scene drew a cached layer in a way the SVG export does not know</source>
        <translation>某个场景绘制缓存图层的方式不受 SVG 导出支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected padded frame rows</source>
        <translation>帧数据的行含有意外的填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected error ({error}); the details are in {path}</source>
        <translation>意外错误（{error}）；详细信息见 {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>argument {argument}: {error}</source>
        <translation>参数 {argument}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>无效的选项：{value}（可选：{choices}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid {type} value: {value}</source>
        <translation>无效的 {type} 值：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>最多接受一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument {value}</source>
        <translation>此选项不接受参数值（给出了 {value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument {other}</source>
        <translation>不能与参数 {other} 同时使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: {arguments}</source>
        <translation>无法识别的参数：{arguments}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: {arguments}</source>
        <translation>缺少以下必需参数：{arguments}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of the arguments {arguments} is required</source>
        <translation>必须给出参数 {arguments} 之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>选项有歧义：{option} 可能是 {matches}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is not a size; write WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>{text} 不是尺寸；请写成“宽x高”，例如 1920x1080</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is not a number of seconds, e.g. 10 or 2.5s</source>
        <translation>{text} 不是秒数；请写成 10 或 2.5s 这样的形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); the scenes, simulate and export commands work without one</source>
        <translation>没有可显示窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）；scenes、simulate 和 export 命令无需显示器即可使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown scene {scene}; valid scenes: {scenes}</source>
        <translation>未知场景 {scene}；可用的场景：{scenes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--scene needs a scene id; valid scenes: {scenes}</source>
        <translation>--scene 需要一个场景 ID；可用的场景：{scenes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several scenes go only into a pptx deck or an html player; a {format} export takes one</source>
        <translation>多个场景只能导出为 pptx 幻灯片或 html 播放器；{format} 导出只能包含一个场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--transparent needs png or svg; {format} has no transparent background</source>
        <translation>--transparent 需要 png 或 svg 格式；{format} 没有透明背景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option} applies to pptx decks only, not to a {format} export</source>
        <translation>{option} 仅适用于 pptx 幻灯片，不适用于 {format} 导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--lesson applies to a pptx deck or a pdf worksheet, not to {format}</source>
        <translation>--lesson 仅适用于pptx幻灯片或pdf练习单，不适用于{format}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--lesson takes its scenes from the lesson; leave out --scene (--beats chooses among them)</source>
        <translation>--lesson 使用课程中的场景；请省略 --scene（可用 --beats 在其中挑选）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--embed-clips applies to pptx only</source>
        <translation>--embed-clips 仅适用于 pptx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--both-languages applies to html only (a page with a language switch)</source>
        <translation>--both-languages 只适用于 html（带语言切换的网页）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {format} export takes every beat of the scenes; leave out --time, --from, --to, --duration and --fps</source>
        <translation>{format} 导出包含各场景的全部关键时刻；请不要给出 --time、--from、--to、--duration 和 --fps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an HTML player takes frames along each scene and at its beats; leave out --time, --from, --to, --duration and --fps</source>
        <translation>HTML 播放器包含每个场景沿时间轴的画面和各关键时刻的画面；请不要给出 --time、--from、--to、--duration 和 --fps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {format} export covers the scene&apos;s window; leave out --time, --from, --to, --duration and --fps</source>
        <translation>{format} 导出涵盖场景的整个时间范围；请不要给出 --time、--from、--to、--duration 和 --fps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give either --time T (one frame) or --from T --to T (a clip), not both</source>
        <translation>请给出 --time T（单帧）或 --from T --to T（片段），二者不能同时给出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a clip needs both --from T and --to T</source>
        <translation>片段需要同时给出 --from T 和 --to T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--duration and --fps apply to clips (--from T --to T)</source>
        <translation>--duration 和 --fps 仅适用于片段（--from T --to T）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{format} is a clip: give --from T --to T (and --duration, --fps)</source>
        <translation>{format} 是片段格式：请给出 --from T --to T（以及 --duration、--fps）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>svg exports one frame: give --time T (clips: png, mp4 or gif)</source>
        <translation>svg 只能导出单帧：请给出 --time T（片段请用 png、mp4 或 gif）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --time T for one frame or --from T --to T for a clip</source>
        <translation>请用 --time T 导出单帧，或用 --from T --to T 导出片段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {language} translation is missing or unreadable ({path}): this installation of Ketamine Cascade is incomplete; reinstall it (缺少中文翻译文件：安装不完整，请重新安装)</source>
        <translation>{language} 翻译文件缺失或无法读取（{path}）：Ketamine Cascade 安装不完整，请重新安装</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundled font is missing or unreadable ({path}): this installation of Ketamine Cascade is incomplete; reinstall it (缺少内置字体：安装不完整，请重新安装)</source>
        <translation>内置字体缺失或无法读取（{path}）：Ketamine Cascade 安装不完整，请重新安装</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the window cannot open: Qt&apos;s X11 plugin needs system libraries this machine lacks ({libraries}). On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>窗口无法打开：Qt 的 X11 插件需要本机缺少的系统库（{libraries}）。在 Debian 或 Ubuntu 上可用以下命令安装：sudo apt-get install {packages}</translation>
    </message>
</context>
<context>
    <name>ExperimentCard</name>
    <message>
        <location filename="../../ui/experiment_card.py" line="+26"/>
        <source>Experiment</source>
        <extracomment>Wide enough for a few lines per paragraph, narrow enough for a 1366x768 laptop screen.</extracomment>
        <translation>实验</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+18"/>
        <location line="+86"/>
        <location filename="../../ui/export_job.py" line="+221"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Beats: each ticked beat becomes a slide</source>
        <translation>关键时刻：每个勾选的关键时刻生成一张幻灯片</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Along the scene&apos;s time axis</source>
        <translation>沿场景的时间轴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its log scale: the first hours do not flash by. Unticked: evenly in hours.</source>
        <translation>按其对数刻度：最初几小时不会一闪而过。不勾选则按小时均匀分布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed a short clip of each scene</source>
        <translation>为每个场景嵌入一段短片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both languages, with a switch on the page</source>
        <translation>两种语言，网页上可切换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question slide before each study question&apos;s beat</source>
        <translation>在每道学习题对应的节点之前插入一张提问幻灯片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion (still particles)</source>
        <translation>减少动态（粒子静止）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the evidence behind each link (overview)</source>
        <translation>显示每个环节背后的证据（总览）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beats</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (e.g. 45min, 2h, 3d)</source>
        <translation>时间（例如45min、2h、3d）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip length</source>
        <translation>片段时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame spacing</source>
        <translation>帧间隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Folder for the frames</source>
        <translation>存放各帧的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/export_job.py" line="-1"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {path}</source>
        <translation>已导出：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: {reason}. Nothing was written.</source>
        <translation>导出失败：{reason}。未写入任何文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../../ui/canvas_glossary.py" line="+76"/>
        <source>Glossary entry</source>
        <translation>术语条目</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <location filename="../../ui/recovery.py" line="+138"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The lesson “{name}” has changes that are not saved. Save them first?</source>
        <translation>课程“{name}”有尚未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved work found</source>
        <translation>发现未保存的内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The app closed unexpectedly last time. The unsaved changes to the lesson “{name}” were kept. Restore them?</source>
        <translation>上次程序意外关闭。课程“{name}”中未保存的更改已被保留。要恢复吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../ui/lesson_dialog.py" line="+64"/>
        <source>Edit lesson</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lesson title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenes: ticked scenes are shown, in this order</source>
        <translation>场景：勾选的场景按此顺序显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space shows or hides a scene; Ctrl+Up and Ctrl+Down move it</source>
        <translation>按 Space 显示或隐藏场景；按 Ctrl+Up 和 Ctrl+Down 移动场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the scene up</source>
        <translation>将场景上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the scene down</source>
        <translation>将场景下移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the scenes</source>
        <translation>场景设置有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start scene</source>
        <translation>起始场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start beat</source>
        <translation>起始关键时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenes:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start s&amp;cene:</source>
        <translation>起始场景(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;beat:</source>
        <translation>起始关键时刻(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L&amp;esson</source>
        <translation>课程(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions</source>
        <translation>题目(&amp;Q)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>At least one scene must stay shown.</source>
        <translation>至少要保留一个显示的场景。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start of the scene</source>
        <translation>场景开头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not in this scenario)</source>
        <translation>%1（本方案中没有）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/lessons.py" line="+282"/>
        <location filename="../../ui/window.py" line="+66"/>
        <source>Ketamine Cascade — how a rapid-acting antidepressant works</source>
        <translation>氯胺酮级联——速效抗抑郁药如何起效</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="+70"/>
        <source>A: scenario</source>
        <translation>A：方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: compare</source>
        <translation>B：对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plots</source>
        <translation>曲线图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose, drug and blockers</source>
        <translation>剂量、药物与阻断剂</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="+232"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Open lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent lessons</source>
        <translation>最近的课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save lesson</source>
        <translation>保存课程(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save lesson &amp;as…</source>
        <translation>课程另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit lesson…</source>
        <translation>编辑课程(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open scenario…</source>
        <translation>打开方案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save scenario…</source>
        <translation>保存方案…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset All</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the starting scenario (the view stays as it is)</source>
        <translation>回到初始情景（视图设置保持不变）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare A and B</source>
        <translation>对比 A 与 B(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window.py" line="-20"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study mode: predict what happens before each key moment, watch, then read why (F6)</source>
        <translation>学习模式：在每个关键时刻之前预测会发生什么，观察，再阅读原因（F6）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>减少动态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still, stepped particles instead of continuous motion (also in exports)</source>
        <translation>粒子静止、逐级变化，而非连续运动（导出时同样适用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour of the window…</source>
        <translation>窗口导览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary…</source>
        <translation>术语表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence…</source>
        <translation>证据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the model…</source>
        <translation>关于模型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files…</source>
        <translation>日志文件…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="+51"/>
        <source>The simulation failed: {message}</source>
        <translation>模拟失败：{message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario B could not be simulated: {message}</source>
        <translation>方案 B 无法模拟：{message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A picture could not be drawn ({message}). The app keeps running; details are in the log.</source>
        <translation>有一幅画面无法绘制（{message}）。程序仍在运行，详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_files.py" line="+24"/>
        <source>Open scenario</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Scenario (*.json)</source>
        <translation>方案 (*.json)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This scenario file cannot be used: {reason}</source>
        <translation>无法使用此方案文件：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save scenario</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="+77"/>
        <source>Ketamine Cascade</source>
        <translation>氯胺酮级联</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="+93"/>
        <source>The last session ended unexpectedly. What happened is recorded in the log in {folder}.</source>
        <translation>上次运行意外结束。经过已记录在 {folder} 中的日志里。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Something went wrong ({error}). The app keeps running; details are in {path}.</source>
        <translation>出现错误（{error}）。程序仍在运行，详细信息见 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app&apos;s log (what went wrong, if anything did) is kept in:
{folder}</source>
        <translation>程序的日志（记录出现过的错误）保存在：
{folder}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About the model</source>
        <translation>关于模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../ui/lessons.py" line="-156"/>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson (*.lesson.json *.json)</source>
        <translation>课程 (*.lesson.json *.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This lesson cannot be opened: {reason}</source>
        <translation>无法打开此课程：{reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson (*.lesson.json)</source>
        <translation>课程 (*.lesson.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the lesson: {reason}</source>
        <translation>无法保存课程：{reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+33"/>
        <source>Untitled lesson</source>
        <translation>未命名课程</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{lesson}[*] — Ketamine Cascade</source>
        <translation>{lesson}[*]——氯胺酮级联</translation>
    </message>
    <message>
        <location filename="../../ui/experiments_menu.py" line="+16"/>
        <source>E&amp;xperiments</source>
        <translation>实验(&amp;X)</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <location filename="../../ui/plots.py" line="+84"/>
        <source>Log time axis</source>
        <translation>对数时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch minutes and squeeze weeks so both can be read</source>
        <translation>拉伸分钟、压缩周，使两者都清晰可读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag the line to scrub</source>
        <translation>拖动竖线以浏览时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plots of the scene&apos;s quantities against time</source>
        <translation>本场景各指标随时间变化的曲线图</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../ui/question_editor.py" line="+22"/>
        <source>Questions, in the order they are asked</source>
        <extracomment>The choices table&apos;s columns: (language of the text, what it holds); column 0 is Correct.</extracomment>
        <translation>题目（按提问顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in &amp;set</source>
        <translation>内置题目(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from the app&apos;s own questions</source>
        <translation>从本应用自带的题目重新开始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question (English)</source>
        <translation>题目（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question (Chinese)</source>
        <translation>题目（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation (English)</source>
        <translation>解析（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation (Chinese)</source>
        <translation>解析（中文）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choices: tick the correct one</source>
        <translation>选项：勾选正确的一项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer (English)</source>
        <translation>选项（英文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer (Chinese)</source>
        <translation>选项（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback (English)</source>
        <translation>反馈（英文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback (Chinese)</source>
        <translation>反馈（中文）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;choice</source>
        <translation>添加选项(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the c&amp;hoice</source>
        <translation>删除选项(&amp;H)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scene:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked before:</source>
        <translation>提问位置（在此节点之前）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>题型：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choices:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no question yet)</source>
        <translation>（尚未填写题目）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Start of the scene</source>
        <translation>场景开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not in this scenario)</source>
        <translation>%1（本方案中没有）</translation>
    </message>
</context>
<context>
    <name>ScenarioUndo</name>
    <message>
        <location filename="../../ui/undo.py" line="+28"/>
        <source>drug change</source>
        <extracomment>What a change of one field is called in the Edit menu (&quot;Undo dose change&quot;).</extracomment>
        <translation>药物更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route change</source>
        <translation>给药途径更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose change</source>
        <translation>剂量更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body weight change</source>
        <translation>体重更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infusion time change</source>
        <translation>输注时间更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of doses change</source>
        <translation>给药次数更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose interval change</source>
        <translation>给药间隔更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stress change</source>
        <translation>应激程度更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocker change</source>
        <translation>阻断剂更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated span change</source>
        <translation>模拟时长更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scenario change</source>
        <translation>情景更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset All</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compare mode on</source>
        <translation>开启对比模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compare mode off</source>
        <translation>关闭对比模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: {change}</source>
        <translation>B：{change}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo {change}</source>
        <translation>撤销{change}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo {change}</source>
        <translation>重做{change}</translation>
    </message>
</context>
<context>
    <name>SceneCanvas</name>
    <message>
        <location filename="../../ui/canvas.py" line="+55"/>
        <source>Scene canvas</source>
        <extracomment>Whether hovering and clicking show glossary entries (the presenter&apos;s laser and blank screen turn them off).</extracomment>
        <translation>场景画布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The animated picture of the current scene</source>
        <translation>当前场景的动画画面</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This picture could not be drawn.</source>
        <translation>无法绘制此画面。</translation>
    </message>
</context>
<context>
    <name>SceneNavigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="+18"/>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
</context>
<context>
    <name>SpeakerNotesWindow</name>
    <message>
        <location filename="../../ui/notes.py" line="+48"/>
        <source>Speaker notes — Ketamine Cascade</source>
        <translation>演讲者备注——氯胺酮级联</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes for the current beat</source>
        <translation>当前关键时刻的备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own notes for this beat (saved with the lesson)</source>
        <translation>你对这一关键时刻的备注（随课程保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes for this beat</source>
        <translation>你对这一关键时刻的备注</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose, drug and blockers</source>
        <translation>剂量、药物与阻断剂</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{now}   ·   presenting for {minutes}:{seconds:02d}</source>
        <translation>{now}   ·   已演示 {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next: {beat} at {clock}</source>
        <translation>接下来：{clock}，{beat}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: scene {number}, {title}</source>
        <translation>接下来：场景{number}，{title}</translation>
    </message>
</context>
<context>
    <name>StudyMode</name>
    <message>
        <location filename="../../ui/study.py" line="+97"/>
        <source>Before each key moment the picture stops and a question asks what you predict. Answer, watch the scene play on, then read why. Your answers are kept: quit at any time and resume later.</source>
        <extracomment>How far before its beat a question stops the picture, as a share of the scene&apos;s scale: near enough that the beat is what comes next, far enough to watch it come.</extracomment>
        <translation>在每个关键时刻之前，画面会暂停，并提出一个问题请你预测。作答后，观察场景继续播放，再阅读其中的原因。你的答案会被保存：可以随时退出，以后再继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study: predict, observe, explain</source>
        <translation>学习：预测、观察、解释</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have answered every question: {right} of {n} right.</source>
        <translation>你已答完所有题目：{n}题中答对{right}题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question {k} of {n} ({scene}); {right} of {answered} right so far.</source>
        <translation>第{k}题，共{n}题（{scene}）；目前已答{answered}题，答对{right}题。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reset study progress</source>
        <translation>重置学习进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget all your answers and start study mode from the beginning?</source>
        <translation>清除你的所有答案，从头开始学习模式吗？</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{scene} · question {k} of {n}</source>
        <translation>{scene} · 第{k}题，共{n}题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{right} of {answered} right</source>
        <translation>已答{answered}题，答对{right}题</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(This run has no such moment: the scenario differs from the default one. Edit &gt; Reset All brings it back.)</source>
        <translation>（当前运行中没有这一时刻：情景与默认情景不同。“编辑 &gt; 全部重置”可恢复默认情景。）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{scene}: {right} of {n} right</source>
        <translation>{scene}：{n}题中答对{right}题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{scene}: {idea}</source>
        <translation>{scene}：{idea}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your summary: {right} of {n} right</source>
        <translation>你的学习总结：{n}题中答对{right}题</translation>
    </message>
</context>
<context>
    <name>StudyPanel</name>
    <message>
        <location filename="../../ui/study_panel.py" line="+100"/>
        <location line="+7"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Quit study</source>
        <translation>退出学习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave study mode; your answers are kept (F6)</source>
        <translation>离开学习模式；你的答案会被保存（F6）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resume where you stopped</source>
        <translation>从上次停下的地方继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Reset my progress…</source>
        <translation>重置我的学习进度…</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Predict: what will you see?</source>
        <translation>预测：你会看到什么？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer with 1 to {n}, or the arrows and Enter.</source>
        <translation>按1到{n}作答，或用方向键选择后按回车。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Watch what happens…</source>
        <translation>请观察接下来发生什么…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not quite</source>
        <translation>不太对</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer: {answer}</source>
        <translation>正确答案：{answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the scene shows</source>
        <translation>场景展示了什么</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your summary</source>
        <translation>查看你的学习总结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ideas to revisit</source>
        <translation>需要复习的要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to revisit: every answer was right.</source>
        <translation>没有需要复习的内容：所有答案都正确。</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../ui/timeline.py" line="+155"/>
        <source>Play or pause (Space)</source>
        <translation>播放/暂停（Space）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step back (Left)</source>
        <translation>后退一步（Left）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step forward (Right)</source>
        <translation>前进一步（Right）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed: at 1x a scene plays in 30 seconds</source>
        <translation>播放速度：1×时，一个场景播放30秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loop</source>
        <translation>循环播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the scene over when playback reaches its end</source>
        <translation>播放到结尾时从头重新播放本场景</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time since the dose started</source>
        <translation>给药开始后经过的时间</translation>
    </message>
</context>
<context>
    <name>TimelineRuler</name>
    <message>
        <location line="-139"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to scrub through the scene; click a beat marker to jump to it</source>
        <translation>拖动以浏览场景；点击关键时刻标记可跳转到该处</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../ui/tour.py" line="+56"/>
        <source>The scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nine scenes tell the story in order, from the drug at its receptor to relief that lasts for days. Click one to open it, or press 1 to 9.</source>
        <translation>九个场景按顺序讲述整个过程：从药物作用于受体，到持续数天的症状缓解。点击某个场景即可打开，也可以按 1 至 9 键。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline and its beats</source>
        <translation>时间轴与关键时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag along it to move through time. The orange markers are the beats, the key moments: PageDown and PageUp (or a clicker) jump to the next and the previous one, Space plays.</source>
        <translation>沿时间轴拖动即可浏览时间。橙色标记是关键时刻：按 PageDown 和 PageUp（或用翻页笔）跳到下一个或上一个关键时刻，按空格键播放。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scene at the current time, drawn from the model. Click it, then the arrow keys step through time; F5 presents it full screen.</source>
        <translation>由模型绘制的当前时刻的场景。点击画面后，方向键可逐步浏览时间；按 F5 全屏演示。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plots</source>
        <translation>曲线图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s curves behind the picture. The line marks the current time; drag it to scrub.</source>
        <translation>画面背后的模型曲线。竖线标出当前时间，拖动它即可浏览时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose, drug and blockers</source>
        <translation>剂量、药物与阻断剂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the dose or the drug, or add a blocker: the model runs again and every scene follows. Help &gt; Tour of the window shows this tour again.</source>
        <translation>更改剂量或药物，或加入阻断剂：模型会重新计算，所有场景随之更新。通过“帮助 &gt; 窗口导览”可以再次查看本导览。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tour of the window</source>
        <translation>窗口导览</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step {number} of {total}</source>
        <translation>第 {number} 步，共 {total} 步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the tour</source>
        <translation>跳过导览</translation>
    </message>
</context>
</TS>
