BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,6f,9,1,1,i"
});
