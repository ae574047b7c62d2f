BRIEFINGS_SEARCH_WORDS("bon",{
"bonne":"6w,c;6w"
});
