BRIEFINGS_SEARCH_WORDS("ger",{
"gere":"r,1b",
"gerer":"78",
"german":"b,4,11,29,3w;3p",
"germany":"b,4,11",
"germe":"37"
});
