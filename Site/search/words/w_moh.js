BRIEFINGS_SEARCH_WORDS("moh",{
"mohamed":"3,24;27",
"mohammad":"4",
"mohammed":"4,23;4"
});
