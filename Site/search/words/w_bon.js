BRIEFINGS_SEARCH_WORDS("bon",{
"bonne":"77,c;77"
});
