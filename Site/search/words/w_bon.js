BRIEFINGS_SEARCH_WORDS("bon",{
"bonne":"6v,c;6v"
});
