BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"38,4b",
"bilans":"1,k,1r,1,53",
"bilaterales":"5w,1,1g",
"billion":"7e"
});
