BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"38,4a",
"bilans":"1,k,1r,1,52",
"bilaterales":"5y,1,1d",
"billion":"7d"
});
