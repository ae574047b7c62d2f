BRIEFINGS_SEARCH_WORDS("rac",{
"raccourci":"7b,8;7b"
});
