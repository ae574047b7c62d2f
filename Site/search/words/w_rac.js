BRIEFINGS_SEARCH_WORDS("rac",{
"raccourci":"7b,7;7b"
});
