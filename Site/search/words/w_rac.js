BRIEFINGS_SEARCH_WORDS("rac",{
"raccourci":"6z,7;6z"
});
