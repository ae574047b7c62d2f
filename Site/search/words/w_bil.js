BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"38,4n",
"bilans":"1,k,1r,1,5f",
"bilaterales":"64,1l",
"billion":"7q"
});
