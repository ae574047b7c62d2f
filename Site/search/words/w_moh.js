BRIEFINGS_SEARCH_WORDS("moh",{
"mohamed":"3,23;26",
"mohammad":"4",
"mohammed":"4,22;4"
});
