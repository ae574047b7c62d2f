BRIEFINGS_SEARCH_WORDS("bil",{
"bilan":"3v,49",
"bilans":"1,k,1s,1,5n",
"bilaterales":"6k,1,1d",
"billion":"7z"
});
