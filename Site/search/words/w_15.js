BRIEFINGS_SEARCH_WORDS("15",{
"15":"1,2k,m,3o,f,c;6v"
});
