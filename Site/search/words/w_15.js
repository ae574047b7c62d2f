BRIEFINGS_SEARCH_WORDS("15",{
"15":"1,2l,m,3j,g,c;6r"
});
