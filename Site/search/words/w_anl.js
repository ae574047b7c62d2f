BRIEFINGS_SEARCH_WORDS("anl",{
"anl":"2,4,b,9,15,26,3,c,1c,29,5,2,1"
});
