BRIEFINGS_SEARCH_WORDS("ger",{
"gere":"r,1b",
"gerer":"7k",
"german":"b,4,11,2a,47;3q",
"germany":"b,4,11",
"germe":"37"
});
