BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"38,4o",
"bilans":"1,k,1r,1,5g",
"bilaterales":"64,1,1l",
"billion":"7r"
});
