BRIEFINGS_SEARCH_WORDS("rac",{
"raccourci":"72,7;72"
});
