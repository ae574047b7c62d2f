BRIEFINGS_SEARCH_WORDS("anl",{
"anl":"2,4,b,9,15,1k,3,c,1c,29,5,2,1"
});
