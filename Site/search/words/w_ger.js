BRIEFINGS_SEARCH_WORDS("ger",{
"gere":"r,1b",
"gerer":"7j",
"german":"b,4,11,2a,46;3q",
"germany":"b,4,11",
"germe":"37"
});
