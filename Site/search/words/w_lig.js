BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,21,1p,2,3i,f;3u",
"ligue":"1x,6b;1x"
});
