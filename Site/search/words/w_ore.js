BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,3l,3g,9,1,1,i;3l"
});
