BRIEFINGS_SEARCH_WORDS("neg",{
"negociables":"72,h",
"negociation":"1u",
"negociations":"6,2h,4i,d",
"negocie":"23,i,j,4,1",
"negociee":"39",
"negotiating":"4m,36;4m"
});
