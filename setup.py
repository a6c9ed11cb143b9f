from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="datasette-newsframe",
    version="0.1.0",
    description="Datasette plugin and loader for news corpora: who gets quoted, by whom, how, source by source",
    long_description=long_description,
    long_description_content_type="text/markdown",
    license="Apache License, Version 2.0",
    packages=find_packages(exclude=["tests", "benchmarks", "demo"]),
    package_data={"datasette_newsframe": ["templates/**/*", "templates/*", "static/**/*", "static/*", "extract/*.json", "extract/*.tsv"]},
    include_package_data=True,
    python_requires=">=3.9",
    install_requires=[
        "datasette>=0.65",
        "sqlite-utils>=3.35",
        "pluggy>=1.0",
        "markupsafe>=2.0",
        "click>=8.0",
        "trafilatura>=1.6",
        "lxml_html_clean",
    ],
    extras_require={
        "test": ["pytest", "pytest-asyncio", "hypothesis", "wheel", "setuptools", "dask[distributed]", "spacy"],
        "spacy": ["spacy"],
        "dask": ["dask[distributed]"],
    },
    entry_points={
        "datasette": ["newsframe = datasette_newsframe"],
        "console_scripts": ["newsframe = datasette_newsframe.cli:cli"],
    },
)
