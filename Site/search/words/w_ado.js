BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,46,2h,1,7;4y",
"adopter":"4x,2j",
"adoption":"52,2e;52",
"adosse":"39"
});
