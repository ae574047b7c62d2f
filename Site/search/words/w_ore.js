BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,72,1,1,g"
});
