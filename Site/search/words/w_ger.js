BRIEFINGS_SEARCH_WORDS("ger",{
"gere":"r,1c",
"gerer":"78",
"german":"b,4,11,2a,3v;3q",
"germany":"b,4,11",
"germe":"38"
});
