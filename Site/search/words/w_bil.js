BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"38,4l",
"bilans":"1,k,1r,1,5d",
"bilaterales":"63,1k",
"billion":"7o"
});
