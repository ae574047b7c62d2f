BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"38,4d",
"bilans":"1,k,1r,1,55",
"bilaterales":"5y,1,1g",
"billion":"7g"
});
