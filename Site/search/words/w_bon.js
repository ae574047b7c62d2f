BRIEFINGS_SEARCH_WORDS("bon",{
"bonne":"76,c;76"
});
