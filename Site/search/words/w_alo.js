BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"70,w,9",
"along":"7z",
"alongside":"4o,3j"
});
