BRIEFINGS_SEARCH_WORDS("ger",{
"gere":"r,1c",
"gerer":"79",
"german":"b,4,11,2a,3w;3q",
"germany":"b,4,11",
"germe":"38"
});
