BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"6c,z,9",
"along":"7e",
"alongside":"41,3l"
});
