BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,71,1,1,g"
});
