BRIEFINGS_SEARCH_WORDS("bon",{
"bonne":"79,c;79"
});
