BRIEFINGS_SEARCH_WORDS("bon",{
"bonne":"77,d;77"
});
