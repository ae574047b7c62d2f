BRIEFINGS_SEARCH_WORDS("ger",{
"gere":"r,1b",
"gerer":"7b",
"german":"b,4,11,29,3z;3p",
"germany":"b,4,11",
"germe":"37"
});
