BRIEFINGS_SEARCH_WORDS("ger",{
"gere":"r,1c",
"gerer":"7u",
"german":"b,4,11,2w,3v;4c",
"germany":"b,4,11",
"germe":"3u"
});
