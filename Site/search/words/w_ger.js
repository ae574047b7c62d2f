BRIEFINGS_SEARCH_WORDS("ger",{
"gere":"r,1b",
"gerer":"7m",
"german":"b,4,11,2a,49;3q",
"germany":"b,4,11",
"germe":"37"
});
