BRIEFINGS_SEARCH_WORDS("bon",{
"bonne":"6y,c;6y"
});
