BRIEFINGS_SEARCH_WORDS("rac",{
"raccourci":"7a,7;7a"
});
