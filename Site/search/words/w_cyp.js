BRIEFINGS_SEARCH_WORDS("cyp",{
"cypriot":"p",
"cyprus":"p"
});
