BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"6e,z,9",
"along":"7g",
"alongside":"41,3n"
});
