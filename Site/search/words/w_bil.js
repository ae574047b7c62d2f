BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"38,4m",
"bilans":"1,k,1r,1,5e",
"bilaterales":"64,1k",
"billion":"7p"
});
