"""Developer tools, run from the repository root and not shipped with the app:

    python3 -m tools.model_docs     # docs/model.md from the model's code
    python3 -m tools.gallery        # docs/gallery/, the README's pictures
    python3 -m tools.fontsubset     # app/assets/fonts, after changing translations
"""
