BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"39,4a",
"bilans":"1,k,1s,1,52",
"bilaterales":"5z,1,1d",
"billion":"7e"
});
