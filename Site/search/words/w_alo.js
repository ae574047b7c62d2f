BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"6o,10,9",
"along":"7r",
"alongside":"47,3s"
});
