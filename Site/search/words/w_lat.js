BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"85",
"later":"74,s,7",
"latium":"3r",
"lattaquie":"1,3t,2,3w,1"
});
