BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"39,49",
"bilans":"1,k,1s,1,51",
"bilaterales":"5y,1,1d",
"billion":"7d"
});
