BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"6m,z,9",
"along":"7o",
"alongside":"46,3q"
});
