BRIEFINGS_SEARCH_WORDS("15",{
"15":"1,2k,m,3x,e,c;74"
});
